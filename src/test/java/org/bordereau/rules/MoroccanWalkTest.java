package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.Contact;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.Party;
import org.bordereau.cases.ProposedClaim;
import org.bordereau.cases.Stage;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Moroccan case walked from an empty file to litigation-ready: after each document or fact the
 * checklist changes exactly where it should, and nowhere else.
 */
class MoroccanWalkTest {
    @TempDir
    Path dir;

    private CaseFiles files;
    private String id;
    private Map<String, Completeness.Status> before;

    /** The statuses now, and those that changed since the last look. */
    private Map<String, Completeness.Status> changes(Completeness now) {
        Map<String, Completeness.Status> all = new LinkedHashMap<>();
        now.rules().forEach(r -> all.put(r.id(), r.status()));
        Map<String, Completeness.Status> changed = new LinkedHashMap<>();
        all.forEach((rule, status) -> {
            if (before == null || before.get(rule) != status) {
                changed.put(rule, status);
            }
        });
        before = all;
        return changed;
    }

    private Completeness look() {
        return files.completeness.check(files.get(id), null, "fr");
    }

    private static final Completeness.Status OK = Completeness.Status.OK;
    private static final Completeness.Status MISSING = Completeness.Status.MISSING;
    private static final Completeness.Status WARNING = Completeness.Status.WARNING;

    @Test
    void fromAnEmptyFileToLitigationReady() {
        files = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
        Party unidentified = new Party("Souss Négoce SA", "SA", null, null, null, null, null, null, null, null);
        id = files.moroccanCase("ATL-2025-WALK", unidentified).id();

        // 0. Empty file: nothing but the parties' names.
        Completeness empty = look();
        assertThat(changes(empty)).containsExactly(
                Map.entry("MA.claims-present", MISSING), Map.entry("MA.invoice-with-due-date", MISSING),
                Map.entry("MA.contractual-basis", MISSING), Map.entry("MA.performance-proof", MISSING),
                Map.entry("MA.written-exchanges", MISSING), Map.entry("MA.reminders-before-notice", MISSING),
                Map.entry("MA.amounts-reconcile", MISSING), Map.entry("MA.debtor-identified", MISSING),
                Map.entry("MA.decision-maker", MISSING), Map.entry("MA.claim-due", MISSING),
                Map.entry("MA.not-prescribed", MISSING), Map.entry("MA.disputes-answered", OK),
                Map.entry("MA.formal-notice", MISSING), Map.entry("MA.injonction-de-payer", MISSING));
        assertThat(empty.readyForAmicable()).isFalse();
        assertThat(empty.readyForLitigation()).isFalse();
        assertThat(rule(empty, "MA.debtor-identified").message())
                .isEqualTo("Il manque pour identifier le débiteur : l'ICE (identifiant commun de l'entreprise), "
                        + "l'adresse de signification (siège social).");
        assertThat(rule(empty, "MA.invoice-with-due-date").message()).startsWith("Aucune créance n'est encore confirmée");

        // 1. The invoice arrives from the ERP: read, proposed, not yet claimed.
        String invoice = files.document(id, DocumentKind.INVOICE, "F-2025-017.pdf", Map.of("invoiceNumber", "F-2025-017",
                "issueDate", "2025-01-15", "dueDate", "2025-03-16", "totalAmount", "48000.00", "currency", "MAD"));
        Completeness proposed = look();
        assertThat(changes(proposed)).isEmpty();
        assertThat(rule(proposed, "MA.claims-present").message()).contains("1 facture(s) lue(s)");
        assertThat(rule(proposed, "MA.claims-present").evidence().documents()).containsExactly(invoice);

        // 2. The agent confirms the proposed claim.
        ProposedClaim p = ProposedClaim.of(files.get(id)).get(0);
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded(p.invoiceNumber(), p.issueDate(),
                p.dueDate(), p.amount(), null, List.of(p.documentId()), null));
        Completeness claimed = look();
        assertThat(changes(claimed)).containsExactly(
                Map.entry("MA.claims-present", OK), Map.entry("MA.invoice-with-due-date", OK),
                Map.entry("MA.amounts-reconcile", OK), Map.entry("MA.claim-due", OK),
                Map.entry("MA.not-prescribed", OK), Map.entry("MA.injonction-de-payer", WARNING));
        assertThat(rule(claimed, "MA.contractual-basis").message()).isEqualTo(
                "Ni contrat, ni devis accepté, ni bon de commande pour : F-2025-017.");
        assertThat(rule(claimed, "MA.not-prescribed").message()).contains("2030-03-16");

        // 3. The debtor's ICE and registered office, read on the invoice.
        files.record(id, new EventData.DebtorUpdated(CaseFiles.moroccanDebtor(), "ICE and address from the invoice", null));
        assertThat(changes(look())).containsExactly(Map.entry("MA.debtor-identified", OK));

        // 4. The CFO, found on the first call.
        files.record(id, new EventData.Call(d("2025-06-02"), null, "standard", "CFO is Mme Alaoui, call her back",
                Interaction.Outcome.REACHED, List.of()));
        files.record(id, new EventData.DecisionMakerSet(new Contact("Nadia Alaoui", "DAF", "n.alaoui@souss.ma", null),
                "named by the switchboard"));
        assertThat(changes(look())).containsExactly(Map.entry("MA.decision-maker", OK));

        // 5. The purchase order, uploaded on its own, then linked to the invoice.
        String order = files.document(id, DocumentKind.PURCHASE_ORDER, "BC-889.pdf");
        assertThat(changes(look())).containsExactly(Map.entry("MA.contractual-basis", WARNING),
                Map.entry("MA.injonction-de-payer", OK));
        files.record(id, new EventData.ClaimDocumentsLinked("F-2025-017", List.of(order)));
        assertThat(changes(look())).containsExactly(Map.entry("MA.contractual-basis", OK));

        // 6. The signed delivery note: nothing blocks the amicable phase any more.
        String delivery = files.document(id, DocumentKind.DELIVERY_PROOF, "BL-889.pdf");
        files.record(id, new EventData.ClaimDocumentsLinked("F-2025-017", List.of(delivery)));
        Completeness amicable = look();
        assertThat(changes(amicable)).containsExactly(Map.entry("MA.performance-proof", OK));
        assertThat(amicable.readyForAmicable()).isTrue();
        assertThat(amicable.readyForLitigation()).isFalse();
        assertThat(amicable.blocking(CompletenessRule.Phase.LITIGATION)).extracting(Completeness.RuleResult::id)
                .containsExactly("MA.written-exchanges", "MA.reminders-before-notice", "MA.formal-notice");

        // 7. The reminder already sent in April, and an e-mail exchange kept as a document.
        files.document(id, DocumentKind.REMINDER, "relance-2025-04-01.pdf", Map.of("issueDate", "2025-04-01"));
        assertThat(changes(look())).containsExactly(Map.entry("MA.reminders-before-notice", OK));
        files.clock.setDay("2025-06-03");
        String mail = files.document(id, DocumentKind.CORRESPONDENCE, "re-facture.eml");
        files.record(id, new EventData.Email(d("2025-06-03"), Interaction.Direction.INCOMING, "n.alaoui@souss.ma",
                "promises 8 000 by mid-June", Interaction.Outcome.REACHED, List.of(mail)));
        assertThat(changes(look())).containsExactly(Map.entry("MA.written-exchanges", OK));

        // 8. A written dispute stops both phases until it is answered.
        files.clock.setDay("2025-06-05");
        CaseEvent dispute = files.record(id, new EventData.DisputeRaised(d("2025-06-05"),
                "10 pallets arrived damaged", true, List.of("F-2025-017"), List.of()));
        Completeness disputed = look();
        assertThat(changes(disputed)).containsExactly(Map.entry("MA.disputes-answered", MISSING),
                Map.entry("MA.injonction-de-payer", WARNING));
        assertThat(disputed.readyForAmicable()).isFalse();
        files.clock.setDay("2025-06-06");
        files.record(id, new EventData.DisputeAnswered(dispute.seq(), d("2025-06-06"),
                "the delivery note is signed without reservation", List.of(delivery)));
        assertThat(changes(look())).containsExactly(Map.entry("MA.disputes-answered", OK),
                Map.entry("MA.injonction-de-payer", OK));

        // 9. A part payment; the stages move on.
        files.clock.setDay("2025-06-16");
        files.record(id, new EventData.PaymentReceived(d("2025-06-15"), m("8000.00"), "VIR 4471", "F-2025-017", true,
                List.of()));
        assertThat(changes(look())).isEmpty();
        assertThat(files.get(id).recovery().balance()).isEqualTo("40000.00");
        moveTo(Stage.PERSONALISED, "promise of the remaining 40 000 not kept");
        moveTo(Stage.PRE_LITIGATION, "no settlement after the meeting");

        // 10. The formal notice, by a bailiff, with a 15-day deadline: not usable until it runs out.
        String letter = files.document(id, DocumentKind.REMINDER, "mise-en-demeure.pdf", Map.of("issueDate", "2025-06-16"));
        String act = files.document(id, DocumentKind.OTHER, "pv-commissaire.pdf");
        files.record(id, new EventData.FormalNoticeSent(d("2025-06-16"), FormalNotice.Method.BAILIFF, letter, act, true,
                d("2025-07-01"), List.of()));
        Completeness noticed = look();
        assertThat(changes(noticed)).isEmpty();
        assertThat(rule(noticed, "MA.formal-notice").message())
                .isEqualTo("Mise en demeure pas encore utilisable : le délai laissé au débiteur court jusqu'au 2025-07-01.");
        assertThat(rule(noticed, "MA.not-prescribed").message()).contains("2030-06-16");
        assertThat(files.commands.check(TENANT, id, files.get(id).version(),
                new EventData.StageChanged(Stage.LITIGATION_READY, "deadline?"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("MA.formal-notice"));

        // 11. The deadline is over: the file is ready for the lawyer.
        files.clock.setDay("2025-07-02");
        Completeness ready = look();
        assertThat(changes(ready)).containsExactly(Map.entry("MA.formal-notice", OK));
        assertThat(ready.readyForAmicable()).isTrue();
        assertThat(ready.readyForLitigation()).isTrue();
        assertThat(ready.rules()).allSatisfy(r -> assertThat(r.status()).isEqualTo(OK));
        assertThat(moveTo(Stage.LITIGATION_READY, "deadline of the formal notice expired").stage())
                .isEqualTo(Stage.LITIGATION_READY);

        for (String language : List.of("ar", "en")) {
            Completeness translated = files.completeness.check(files.get(id), null, language);
            assertThat(translated.rules()).allSatisfy(r -> {
                assertThat(r.title()).isNotBlank();
                assertThat(r.message()).isNotBlank().doesNotContain("{");
            });
        }
        assertThat(rule(files.completeness.check(files.get(id), null, "ar"), "MA.injonction-de-payer").message())
                .contains("40000.00 MAD", "5000.00 MAD").contains("الأمر بالأداء");
    }

    private Case moveTo(Stage stage, String reason) {
        return files.commands.changeStage(TENANT, id, AGENT, files.get(id).version(), stage, reason);
    }

    private static Completeness.RuleResult rule(Completeness c, String id) {
        return c.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
