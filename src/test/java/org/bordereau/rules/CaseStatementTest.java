package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement of a case, from its recorded facts, computed by hand.
 *
 * <pre>
 * Morocco. Invoice F-2025-017 issued 2025-01-15, due 2025-03-16, 48 000.00 MAD.
 * Payment VIR 4471, 8 000.00 on 2025-05-15, allocated to it, with date certaine.
 * Formal notice by a bailiff on 2025-06-02, with date certaine. Statement as of 2025-06-30.
 *
 * Indemnity = BAM key rate + 7 points: 2.50 until 2025-03-19 -> 9.50 %; 2.25 from 2025-03-20 -> 9.25 %.
 * P1 2025-03-17 .. 2025-03-19 = 3 days, 48 000.00 at 9.50 %
 *    48 000 x 9.50 x 3 / 36 500 = 1 368 000 / 36 500 = 37.479... -> 37.48
 * P2 2025-03-20 .. 2025-05-15 = 12 + 30 + 15 = 57 days, 48 000.00 at 9.25 %
 *    48 000 x 9.25 x 57 / 36 500 = 25 308 000 / 36 500 = 693.369... -> 693.37
 * Payment 8 000.00 on 2025-05-15, principal first -> 40 000.00
 * P3 2025-05-16 .. 2025-06-30 = 16 + 30 = 46 days, 40 000.00 at 9.25 %
 *    40 000 x 9.25 x 46 / 36 500 = 17 020 000 / 36 500 = 466.301... -> 466.30
 * Interest 37.48 + 693.37 + 466.30 = 1 197.15; total due 40 000.00 + 1 197.15 = 41 197.15.
 * Days late 2025-03-16 -> 2025-06-30 = 15 + 30 + 31 + 30 = 106.
 * Prescription 2025-03-16 + 5 y = 2030-03-16; the dated part payment (DOC 382) restarts it to
 * 2030-05-15; the formal notice with date certaine (DOC 381) to 2030-06-02.
 * </pre>
 */
class CaseStatementTest {
    @TempDir
    Path dir;

    @Test
    void theStatementOfAMoroccanCaseMatchesTheHandComputation() {
        CaseFiles files = new CaseFiles(dir, Instant.parse("2025-07-01T10:00:00Z"));
        String id = files.moroccanCase("ATL-STATEMENT").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-2025-017", d("2025-01-15"),
                d("2025-03-16"), m("48000"), null, List.of(), null));
        files.record(id, new EventData.PaymentReceived(d("2025-05-15"), m("8000"), "VIR 4471", "F-2025-017", true,
                List.of()));
        files.record(id, new EventData.FormalNoticeSent(d("2025-06-02"), FormalNotice.Method.BAILIFF, null, null, true,
                d("2025-06-17"), List.of()));

        Statement s = files.statements.of(files.get(id), d("2025-06-30"));

        StatementLine line = s.lines().get(0);
        assertThat(line.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::interest)
                .containsExactly(tuple(d("2025-03-17"), d("2025-03-19"), m("37.48")),
                        tuple(d("2025-03-20"), d("2025-05-15"), m("693.37")),
                        tuple(d("2025-05-16"), d("2025-06-30"), m("466.30")));
        assertThat(line.daysLate()).isEqualTo(106);
        assertThat(line.outstanding()).isEqualTo(m("40000.00"));
        assertThat(line.prescriptionDate()).isEqualTo(d("2030-06-02"));
        assertThat(line.prescriptionInterruptedOn()).isEqualTo(d("2025-06-02"));
        assertThat(s.totals().interest()).isEqualTo(m("1197.15"));
        assertThat(s.totals().totalDue()).isEqualTo(m("41197.15"));
        assertThat(s.currency()).isEqualTo("MAD");
    }

    @Test
    void withoutADateTheStatementIsForTodayInTheCasesZone() {
        // 2025-06-30T23:30Z is already 1 July in Casablanca (UTC+1).
        CaseFiles files = new CaseFiles(dir, Instant.parse("2025-06-30T23:30:00Z"));
        String id = files.moroccanCase("ATL-TODAY").id();

        assertThat(files.statements.of(files.get(id), null).asOf()).isEqualTo(d("2025-07-01"));
    }
}
