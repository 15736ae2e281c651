package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.EventData;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Stage;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: in France a part payment goes to the penalties first (C. civ. art. 1343-1), so a
 * payment equal to the invoice leaves principal, interest and the 40 € indemnity due; the follow-up
 * said "everything is paid" and the case could be closed as paid, for good. Invoice 10 000.00 € due
 * 2025-01-31, paid 10 000.00 on 2025-06-30; on 2025-07-15 the statement says 583.11 € are due.
 */
class PaidInFullTest {
    @TempDir
    Path dir;

    @Test
    void aCaseIsPaidWhenItsStatementOwesNothingNotWhenPaymentsEqualClaims() {
        CaseFiles files = new CaseFiles(dir, Instant.parse("2025-07-15T10:00:00Z"));
        String id = files.frenchCase("ACME-PAID").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-1", d("2025-01-01"), d("2025-01-31"),
                m("10000.00"), null, List.of(), null));
        files.record(id, new EventData.PaymentReceived(d("2025-06-30"), m("10000.00"), "VIR 1", null, false, List.of()));

        assertThat(files.get(id).recovery().balance()).isEqualTo("0.00");
        assertThat(files.statements.of(files.get(id), d("2025-07-15")).totals().totalDue()).isEqualTo("583.11");
        FollowUp followUp = files.followUps.of(TENANT, id, d("2025-07-15"), "en");
        assertThat(followUp.next().action()).isNotEqualTo(FollowUp.Action.CLOSE_AS_PAID);

        assertThatThrownBy(() -> files.record(id, new EventData.StageChanged(Stage.CLOSED_PAID, "paid")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.message()).contains("583.11", "CLOSED_SETTLED")));
        assertThat(files.get(id).stage()).isNotEqualTo(Stage.CLOSED_PAID);
    }
}
