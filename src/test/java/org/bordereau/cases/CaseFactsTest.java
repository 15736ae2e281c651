package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payments, contacts, promises, disputes, plans, notices, acknowledgments and notes on a case. */
class CaseFactsTest {
    @TempDir
    Path dir;
    CaseFiles files;
    String id;

    @BeforeEach
    void open() {
        files = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
        id = files.moroccanCase("ATL-FACTS").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-1", d("2025-01-10"), d("2025-03-11"),
                m("10000.00"), null, List.of(), null));
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-2", d("2025-02-10"), d("2025-04-11"),
                m("2500.00"), null, List.of(), null));
    }

    private List<Violation> refused(EventData fact) {
        try {
            files.record(id, fact);
        } catch (InvalidCommandException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + fact);
    }

    @Test
    void aPaymentLowersTheBalanceAndKeepsTheInvoiceItWasAllocatedToAsClaimed() {
        files.record(id, new EventData.PaymentReceived(d("2025-04-10"), m("2500"), "VIR 88", "f-2", true, List.of()));

        Case now = files.get(id);
        assertThat(now.recovery().payments()).singleElement().satisfies(p -> {
            assertThat(p.allocatedTo()).isEqualTo("F-2");
            assertThat(p.amount()).isEqualTo("2500.00");
            assertThat(p.dateCertaine()).isTrue();
        });
        assertThat(now.recovery().balance()).isEqualTo("10000.00");
    }

    @Test
    void aPaymentIsCheckedField(){
        assertThat(refused(new EventData.PaymentReceived(d("2025-07-01"), m("-5"), null, "F-9", false,
                List.of("nope")))).extracting(Violation::field)
                .containsExactlyInAnyOrder("date", "amount", "allocatedTo", "documentIds[0]");
    }

    @Test
    void contactsWithTheDebtorAreInteractionsOfTheirChannel() {
        files.record(id, new EventData.Call(d("2025-05-02"), null, "K. Benali", "promised to call back",
                Interaction.Outcome.REACHED, List.of()));
        files.record(id, new EventData.Email(d("2025-05-03"), Interaction.Direction.INCOMING, null, "asks for the BL",
                null, List.of()));
        files.record(id, new EventData.Meeting(d("2025-05-20"), "gérant", "met at their office",
                Interaction.Outcome.REFUSED, List.of()));

        assertThat(files.get(id).recovery().interactions())
                .extracting(Interaction::channel, Interaction::direction, Interaction::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Interaction.Channel.CALL, Interaction.Direction.OUTGOING,
                                Interaction.Outcome.REACHED),
                        org.assertj.core.groups.Tuple.tuple(Interaction.Channel.EMAIL, Interaction.Direction.INCOMING, null),
                        org.assertj.core.groups.Tuple.tuple(Interaction.Channel.MEETING, null, Interaction.Outcome.REFUSED));
        assertThat(refused(new EventData.Call(null, null, null, " ", null, List.of())))
                .extracting(Violation::field).containsExactlyInAnyOrder("date", "summary");
    }

    @Test
    void aPromiseIsACommitmentDueAfterItWasMade() {
        files.record(id, new EventData.PromiseMade(d("2025-05-02"), m("5000"), d("2025-05-31"), true, List.of(), null));

        assertThat(files.get(id).recovery().commitments().promises()).singleElement()
                .satisfies(p -> assertThat(p.dueDate()).isEqualTo(d("2025-05-31")));
        assertThat(refused(new EventData.PromiseMade(d("2025-05-02"), m("5000"), d("2025-05-01"), false, List.of(), null)))
                .extracting(Violation::field).containsExactly("dueDate");
    }

    @Test
    void aDisputeIsAnsweredOnceByItsEventNumber() {
        CaseEvent dispute = files.record(id, new EventData.DisputeRaised(d("2025-05-05"), "goods damaged", true,
                List.of("f-1"), List.of()));
        assertThat(files.get(id).recovery().disputes()).singleElement().satisfies(d -> {
            assertThat(d.open()).isTrue();
            assertThat(d.invoiceNumbers()).containsExactly("F-1");
        });

        files.record(id, new EventData.DisputeAnswered(dispute.seq(), d("2025-05-08"), "BL signed without reservation",
                List.of()));

        Dispute answered = files.get(id).recovery().disputes().get(0);
        assertThat(answered.answer().date()).isEqualTo(d("2025-05-08"));
        assertThat(refused(new EventData.DisputeAnswered(dispute.seq(), d("2025-05-09"), "again", List.of())))
                .extracting(Violation::message).anyMatch(m -> m.contains("already answered"));
        assertThat(refused(new EventData.DisputeAnswered(99, d("2025-05-04"), "?", List.of())))
                .extracting(Violation::field).contains("dispute");
    }

    @Test
    void aPlanIsDecidedOnAVersionAndItsInstalmentsFollowEachOther() {
        EventData.PlanAgreed plan = new EventData.PlanAgreed(d("2025-05-10"), List.of(
                new Instalment(d("2025-05-31"), m("6250")), new Instalment(d("2025-06-30"), m("6250"))),
                "caution personnelle du gérant", true, List.of());
        assertThat(refused(plan)).extracting(Violation::field).containsExactly("expectedVersion");

        long version = files.get(id).version();
        files.commands.record(TENANT, id, AGENT, version, plan);

        PaymentPlan agreed = files.get(id).recovery().commitments().currentPlan().orElseThrow();
        assertThat(agreed.total()).isEqualTo("12500.00");
        assertThat(agreed.security()).isEqualTo("caution personnelle du gérant");
        assertThatThrownBy(() -> files.commands.record(TENANT, id, AGENT, version, plan))
                .isInstanceOf(ConcurrentUpdateException.class);
        EventData.PlanAgreed backwards = new EventData.PlanAgreed(d("2025-05-10"), List.of(
                new Instalment(d("2025-06-30"), m("1")), new Instalment(d("2025-06-01"), m("1"))), null, false, List.of());
        assertThatThrownBy(() -> files.commands.record(TENANT, id, AGENT, files.get(id).version(), backwards))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("instalments[1].dueDate"));
    }

    @Test
    void theDecisionMakerAndTheDebtorCanBeCompleted() {
        files.record(id, new EventData.DecisionMakerSet(new Contact("Nadia Alaoui", "DAF", "n.alaoui@souss.ma", null),
                "met at the meeting"));
        files.record(id, new EventData.DebtorUpdated(new Party("Souss Négoce SA", "SA", "001561191000067", null, null,
                null, null, "7 avenue Hassan II, Agadir", null, null), "new registered office", null));

        Case now = files.get(id);
        assertThat(now.decisionMaker().name()).isEqualTo("Nadia Alaoui");
        assertThat(now.debtor().address()).isEqualTo("7 avenue Hassan II, Agadir");
        assertThat(now.warnings()).singleElement().asString().startsWith("debtor.ice");
        assertThat(refused(new EventData.DecisionMakerSet(new Contact("", null, "not-an-email", null), null)))
                .extracting(Violation::field).containsExactlyInAnyOrder("contact.name", "contact.email");
    }

    @Test
    void noticesAcknowledgmentsNotesAndLinksAreRecorded() {
        String letter = files.document(id, DocumentKind.REMINDER, "mise-en-demeure.pdf");
        String proof = files.document(id, DocumentKind.OTHER, "accuse-reception.pdf");
        String delivery = files.document(id, DocumentKind.DELIVERY_PROOF, "BL-1.pdf");
        files.record(id, new EventData.FormalNoticeSent(d("2025-05-15"), FormalNotice.Method.BAILIFF, letter, proof,
                true, d("2025-05-30"), List.of()));
        files.record(id, new EventData.DebtAcknowledged(d("2025-05-20"), false, List.of("F-1"), List.of(), "signed"));
        files.record(id, new EventData.Note("unpaid suppliers are suing", CaseNote.Kind.INSOLVENCY_SIGN, d("2025-05-21")));
        files.record(id, new EventData.ClaimDocumentsLinked("f-1", List.of(delivery)));

        Case now = files.get(id);
        assertThat(now.recovery().notices()).singleElement().satisfies(n -> {
            assertThat(n.proofDocumentId()).isEqualTo(proof);
            assertThat(n.dateCertaine()).isTrue();
        });
        assertThat(now.recovery().acknowledgments()).singleElement()
                .satisfies(a -> assertThat(a.invoiceNumbers()).containsExactly("F-1"));
        assertThat(now.recovery().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(CaseNote.Kind.INSOLVENCY_SIGN);
            assertThat(n.by()).isEqualTo(AGENT);
        });
        assertThat(now.recovery().claim("F-1").orElseThrow().documentIds()).containsExactly(delivery);
        assertThat(refused(new EventData.FormalNoticeSent(d("2025-05-15"), null, "missing", null, false,
                d("2025-05-01"), List.of("F-404")))).extracting(Violation::field)
                .containsExactlyInAnyOrder("method", "letterDocumentId", "deadline", "invoiceNumbers[0]");
    }

    @Test
    void aFreshInstanceFoldsTheSameFacts() {
        files.record(id, new EventData.PaymentReceived(d("2025-04-10"), m("2500"), "VIR 88", null, false, List.of()));
        files.record(id, new EventData.Call(d("2025-05-02"), null, null, "no answer", Interaction.Outcome.NO_RESPONSE,
                List.of()));
        files.record(id, new EventData.Note("plain note"));
        Case here = files.get(id);

        Case rebuilt = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z")).get(id);

        assertThat(rebuilt).isEqualTo(here);
        assertThat(files.cases.verify(TENANT, id).ok()).isTrue();
    }

    @Test
    void documentsAndCaseOpeningAreNotFactsToRecordHere() {
        assertThatThrownBy(() -> files.record(id, new EventData.DocumentCorrected("x", DocumentKind.QUOTE, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
