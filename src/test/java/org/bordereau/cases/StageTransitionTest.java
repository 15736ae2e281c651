package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commercial → personalised → pre-litigation → litigation-ready, or closed; nothing else. */
class StageTransitionTest {
    @TempDir
    Path dir;
    CaseFiles files;
    String id;

    @BeforeEach
    void open() {
        files = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
        id = files.moroccanCase("ATL-STAGES").id();
    }

    private Case move(Stage to, String reason) {
        return files.commands.changeStage(TENANT, id, AGENT, files.get(id).version(), to, reason);
    }

    private List<Violation> refusal(Stage to, String reason) {
        try {
            move(to, reason);
        } catch (InvalidCommandException e) {
            return e.violations();
        }
        throw new AssertionError("moved to " + to);
    }

    @Test
    void aCaseMovesOneStageAtATimeWithAReason() {
        assertThat(move(Stage.PERSONALISED, "promise of 2 May not kept").stage()).isEqualTo(Stage.PERSONALISED);
        assertThat(move(Stage.PRE_LITIGATION, "settlement refused").stage()).isEqualTo(Stage.PRE_LITIGATION);
    }

    @Test
    void skippingAStageOrGoingBackIsRefusedNamingWhatIsAllowed() {
        assertThat(refusal(Stage.PRE_LITIGATION, "no answer")).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("stage");
            assertThat(v.message()).contains("COMMERCIAL", "PERSONALISED");
        });
        move(Stage.PERSONALISED, "promise missed");
        assertThat(refusal(Stage.COMMERCIAL, "back")).extracting(Violation::field).containsExactly("stage");
        assertThat(refusal(Stage.PERSONALISED, "again")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("already"));
    }

    @Test
    void everyChangeNeedsAReason() {
        assertThat(refusal(Stage.PERSONALISED, "  ")).extracting(Violation::field).containsExactly("reason");
    }

    @Test
    void aClosedCaseStaysClosed() {
        move(Stage.CLOSED_WRITTEN_OFF, "debtor liquidated, no assets");

        assertThat(refusal(Stage.PERSONALISED, "reopen")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("closed"));
    }

    @Test
    void paidMeansTheBalanceIsSettled() {
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-1", d("2025-01-10"), d("2025-03-11"),
                m("1000.00"), null, List.of(), null));

        assertThat(refusal(Stage.CLOSED_PAID, "paid")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("1000.00"));

        files.record(id, new EventData.PaymentReceived(d("2025-05-30"), m("1000"), "VIR", null, false, List.of()));
        // the invoice is paid, its late interest is not: what the statement says is due decides (rules.PaidInFullGate)
        BigDecimal interest = files.statements.of(files.get(id), null).totals().totalDue();
        assertThat(interest).isPositive();
        assertThat(refusal(Stage.CLOSED_PAID, "paid")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains(interest.toPlainString(), "due"));

        files.record(id, new EventData.PaymentReceived(d("2025-06-01"), interest, "VIR 2", null, false, List.of()));
        assertThat(move(Stage.CLOSED_PAID, "paid in full").stage()).isEqualTo(Stage.CLOSED_PAID);
    }

    @Test
    void aChangeDecidedOnAnOldVersionIsRefused() {
        long seen = files.get(id).version();
        files.record(id, new EventData.Note("meanwhile, a colleague called"));

        assertThatThrownBy(() -> files.commands.changeStage(TENANT, id, AGENT, seen, Stage.PERSONALISED, "late"))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> files.commands.record(TENANT, id, AGENT, null,
                new EventData.StageChanged(Stage.PERSONALISED, "no version")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("expectedVersion"));
    }

    @Test
    void litigationReadyWaitsForACompleteFile() {
        move(Stage.PERSONALISED, "promise missed");
        move(Stage.PRE_LITIGATION, "settlement refused");

        List<Violation> refused = refusal(Stage.LITIGATION_READY, "file complete?");

        assertThat(refused).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isEqualTo("stage"));
        assertThat(refused).extracting(Violation::message)
                .anyMatch(m -> m.contains("MA.claims-present")).anyMatch(m -> m.contains("MA.formal-notice"));
        assertThat(files.get(id).stage()).isEqualTo(Stage.PRE_LITIGATION);
    }
}
