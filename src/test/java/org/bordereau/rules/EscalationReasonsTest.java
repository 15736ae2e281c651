package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Interaction;
import org.bordereau.rules.FollowUp.Reason;
import org.bordereau.rules.FollowUp.ReasonCode;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each escalation reason of DESIGN.md §1, with the default thresholds (3 attempts over 21 days, 2
 * broken commitments, 180 days, 6 months), the events it rests on, its message, and what it makes the
 * agent do: a formal notice first, then wait for its deadline, then prepare litigation.
 * Moroccan case, invoice F-200 of 10 000.00 MAD due 2025-05-31; today is 2025-08-31.
 */
class EscalationReasonsTest {
    @TempDir
    Path dir;

    private CaseFiles files;
    private String id;
    private long claimSeq;

    private void open(String invoiceDue) {
        files = new CaseFiles(dir, Instant.parse("2025-08-31T10:00:00Z"));
        id = files.moroccanCase("ATL-ESC").id();
        claimSeq = files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-200", d("2020-01-02"),
                d(invoiceDue), m("10000.00"), null, List.of(), null)).seq();
    }

    private long call(String date, Interaction.Outcome outcome) {
        return files.record(id, new EventData.Call(d(date), Interaction.Direction.OUTGOING, "accueil", "relance",
                outcome, List.of())).seq();
    }

    private FollowUp on(String day, String language) {
        return files.followUps.of(TENANT, id, d(day), language);
    }

    private static List<ReasonCode> codes(FollowUp f) {
        return f.escalation().reasons().stream().map(Reason::code).toList();
    }

    @Test
    void aDebtorWhoDoesNotAnswerForThreeWeeksRefusesCommunication() {
        open("2025-05-31");
        long a = call("2025-07-01", Interaction.Outcome.NO_RESPONSE);
        long b = call("2025-07-10", Interaction.Outcome.NO_RESPONSE);
        long c = call("2025-07-15", Interaction.Outcome.REFUSED);

        assertThat(codes(on("2025-07-21"))).as("20 days of silence").isEmpty();
        FollowUp f = on("2025-07-22");
        assertThat(f.escalation().reasons()).extracting(Reason::code, Reason::evidence)
                .containsExactly(tuple(ReasonCode.NO_COMMUNICATION, List.of(a, b, c)));
        assertThat(f.escalation().reasons().get(0).message()).isEqualTo("The debtor no longer answers: 3 contact "
                + "attempts without reply since 2025-07-01 (21 days), with no payment or commitment in between.");
        assertThat(f.next().action()).isEqualTo(FollowUp.Action.SEND_FORMAL_NOTICE);
        assertThat(f.next().letter()).isEqualTo(FollowUp.Letter.MISE_EN_DEMEURE);
    }

    @Test
    void aContactThatReachesTheDebtorStartsTheCountAgain() {
        open("2025-05-31");
        call("2025-07-01", Interaction.Outcome.NO_RESPONSE);
        call("2025-07-10", Interaction.Outcome.NO_RESPONSE);
        call("2025-07-12", Interaction.Outcome.REACHED);
        call("2025-07-15", Interaction.Outcome.NO_RESPONSE);

        assertThat(codes(on("2025-08-20"))).doesNotContain(ReasonCode.NO_COMMUNICATION);
    }

    @Test
    void twoBrokenPromisesAreCommitmentsNotKept() {
        open("2025-05-31");
        long first = files.record(id, new EventData.PromiseMade(d("2025-06-02"), m("2000.00"), d("2025-06-15"), true,
                List.of(), null)).seq();
        assertThat(codes(on("2025-06-20"))).as("one broken promise: react, not yet court").isEmpty();
        long second = files.record(id, new EventData.PromiseMade(d("2025-06-20"), m("2000.00"), d("2025-06-30"), true,
                List.of(), null)).seq();

        FollowUp f = on("2025-07-01");

        assertThat(f.escalation().reasons()).extracting(Reason::code, Reason::evidence)
                .containsExactly(tuple(ReasonCode.COMMITMENTS_BROKEN, List.of(first, second)));
        assertThat(f.escalation().reasons().get(0).message()).isEqualTo(
                "2 commitment(s) not kept by their due date; 4000.00 MAD of them is still unpaid.");
    }

    @Test
    void badFaithAndInsolvencySignsAreReadFromTypedNotes() {
        open("2025-05-31");
        long bad = files.record(id, new EventData.Note("Le gérant nie avoir reçu la marchandise livrée et signée",
                CaseNote.Kind.BAD_FAITH, d("2025-07-02"))).seq();
        long sign = files.record(id, new EventData.Note("Deux fournisseurs impayés, saisies annoncées",
                CaseNote.Kind.INSOLVENCY_SIGN, d("2025-07-05"))).seq();
        files.record(id, new EventData.Note("note ordinaire"));

        FollowUp f = on("2025-07-10", "fr");

        assertThat(f.escalation().reasons()).extracting(Reason::code, Reason::evidence).containsExactly(
                tuple(ReasonCode.BAD_FAITH, List.of(bad)), tuple(ReasonCode.INSOLVENCY_SIGN, List.of(sign)));
        assertThat(f.escalation().reasons().get(0).message())
                .isEqualTo("Mauvaise foi notée au dossier (1 note(s), la dernière du 2025-07-02).");
        assertThat(on("2025-07-01", "en").escalation().recommended()).as("noted after that day").isFalse();
    }

    @Test
    void anOldClaimNearPrescriptionRaisesTheRiskOfLoss() {
        open("2020-10-31"); // prescribed 2025-10-31 (C. com. art. 5), two months after today

        FollowUp f = on("2025-08-31", "ar");

        assertThat(f.escalation().reasons()).extracting(Reason::code, Reason::evidence).containsExactly(
                tuple(ReasonCode.AGEING, List.of(claimSeq)), tuple(ReasonCode.PRESCRIPTION_APPROACHING, List.of(claimSeq)));
        assertThat(f.escalation().reasons().get(1).message()).isEqualTo(
                "التقادم قريب: F-200 يتقادم في 2025-10-31؛ يجب التحرك قبل هذا التاريخ.");
        assertThat(f.language()).isEqualTo("ar");
    }

    @Test
    void afterTheFormalNoticeTheAgentWaitsForItsDeadlineThenPreparesLitigation() {
        open("2025-05-31");
        files.record(id, new EventData.Note("refuse de payer sans motif", CaseNote.Kind.BAD_FAITH, d("2025-07-01")));
        files.record(id, new EventData.FormalNoticeSent(d("2025-07-10"), FormalNotice.Method.BAILIFF, null, null, true,
                d("2025-07-25"), List.of()));

        FollowUp waiting = on("2025-07-25");
        assertThat(waiting.next().action()).isEqualTo(FollowUp.Action.WAIT_NOTICE_DEADLINE);
        assertThat(waiting.next().until()).isEqualTo(d("2025-07-25"));
        assertThat(waiting.due()).extracting(FollowUp.Due::kind).doesNotContain(FollowUp.DueKind.ESCALATION);

        FollowUp over = on("2025-07-26");
        assertThat(over.next().action()).isEqualTo(FollowUp.Action.PREPARE_LITIGATION);
        assertThat(over.next().letter()).isNull();
        assertThat(over.urgency()).isEqualTo(FollowUp.Urgency.ESCALATION);
    }

    @Test
    void anOpenDisputeIsAnsweredBeforeEscalating() {
        open("2025-05-31");
        files.record(id, new EventData.Note("menaces", CaseNote.Kind.BAD_FAITH, d("2025-07-01")));
        files.record(id, new EventData.DisputeRaised(d("2025-07-03"), "marchandise non conforme", true, List.of(),
                List.of()));

        FollowUp f = on("2025-07-10");

        assertThat(f.escalation().recommended()).isTrue();
        assertThat(f.next().action()).isEqualTo(FollowUp.Action.ANSWER_DISPUTE);
        assertThat(f.due()).extracting(FollowUp.Due::kind).containsExactly(FollowUp.DueKind.DISPUTE);
    }

    private FollowUp on(String day) {
        return on(day, "en");
    }
}
