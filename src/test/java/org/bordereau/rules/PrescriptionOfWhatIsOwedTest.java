package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.EventData;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review. (1) In Morocco a part payment with date certaine interrupts prescription (DOC art.
 * 382) on the invoice it paid, also when the ledger chose that invoice because the debtor named none;
 * it only counted when named, and the case read "prescribed", blocking both phases. (2) A paid invoice
 * cannot make the case prescribed. Today is 2025-07-01.
 */
class PrescriptionOfWhatIsOwedTest {
    @TempDir
    Path dir;

    private CaseFiles files;

    private String caseWith(String reference, String... claims) {
        files = new CaseFiles(dir.resolve(reference), Instant.parse("2025-07-01T10:00:00Z"));
        String id = files.moroccanCase(reference).id();
        for (int i = 0; i < claims.length; i += 3) {
            files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded(claims[i], d("2019-01-01"),
                    d(claims[i + 1]), m(claims[i + 2]), null, List.of(), null));
        }
        return id;
    }

    private Completeness.RuleResult prescription(String id) {
        return files.completeness.check(files.get(id), null, "en").rules().stream()
                .filter(r -> r.id().equals("MA.not-prescribed")).findFirst().orElseThrow();
    }

    @Test
    void aPaymentWithDateCertaineThatNamesNoInvoiceInterruptsOnTheInvoiceItPaid() {
        String id = caseWith("ATL-PRESC-1", "FA-1", "2020-01-31", "50000.00");
        files.record(id, new EventData.PaymentReceived(d("2022-06-01"), m("1000.00"), "VIR 7", null, true, List.of()));

        Case file = files.get(id);
        assertThat(files.statements.of(file, null).lines().get(0).prescriptionDate()).isEqualTo(d("2027-06-01"));
        assertThat(prescription(id).status()).isNotEqualTo(Completeness.Status.MISSING);
    }

    @Test
    void withoutDateCertaineTheSamePaymentDoesNotInterrupt() {
        String id = caseWith("ATL-PRESC-2", "FA-1", "2020-01-31", "50000.00");
        files.record(id, new EventData.PaymentReceived(d("2022-06-01"), m("1000.00"), "VIR 7", null, false, List.of()));

        assertThat(files.statements.of(files.get(id), null).lines().get(0).prescriptionDate()).isEqualTo(d("2025-01-31"));
        assertThat(prescription(id).status()).isEqualTo(Completeness.Status.MISSING);
    }

    @Test
    void anInvoicePaidLongAgoDoesNotMakeTheCasePrescribed() {
        String id = caseWith("ATL-PRESC-3", "FA-OLD", "2019-03-31", "1000.00", "FA-NEW", "2025-01-31", "2000.00");
        files.record(id, new EventData.PaymentReceived(d("2019-03-15"), m("1000.00"), "VIR 1", "FA-OLD", false,
                List.of()));

        Completeness.RuleResult rule = prescription(id);
        assertThat(rule.status()).isEqualTo(Completeness.Status.OK);
        assertThat(rule.message()).doesNotContain("FA-OLD");
    }
}
