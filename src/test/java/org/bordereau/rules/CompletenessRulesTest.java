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
import java.util.Map;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single rules, one behaviour each: prescription and its interruptions, amounts, disputes, notices, injonction. */
class CompletenessRulesTest {
    @TempDir
    Path dir;
    CaseFiles files;

    @BeforeEach
    void open() {
        files = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
    }

    private String claimed(String caseId, String number, String issued, String due, String amount) {
        files.commands.addClaim(TENANT, caseId, AGENT, new EventData.ClaimAdded(number, d(issued), d(due), m(amount),
                null, List.of(), null));
        return number;
    }

    private Completeness.RuleResult rule(String caseId, String ruleId) {
        return files.completeness.check(files.get(caseId), null, "en").rules().stream()
                .filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void prescriptionWarnsSixMonthsAheadAndAMoroccanDemandWithDateCertaineRestartsIt() {
        String id = files.moroccanCase("MA-PRESCRIPTION").id();
        claimed(id, "F-OLD", "2020-06-01", "2020-07-01", "9000.00");
        assertThat(rule(id, "MA.not-prescribed")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Completeness.Status.WARNING);
            assertThat(r.message()).contains("F-OLD (2025-07-01)");
        });

        files.record(id, new EventData.FormalNoticeSent(d("2025-05-02"), FormalNotice.Method.REGISTERED_LETTER, null,
                null, false, null, List.of()));
        assertThat(rule(id, "MA.not-prescribed").status()).as("no date certaine (DOC 381)")
                .isEqualTo(Completeness.Status.WARNING);

        files.record(id, new EventData.FormalNoticeSent(d("2025-05-15"), FormalNotice.Method.BAILIFF, null, null, true,
                null, List.of()));
        Completeness.RuleResult after = rule(id, "MA.not-prescribed");
        assertThat(after.status()).isEqualTo(Completeness.Status.OK);
        assertThat(after.message()).contains("2030-05-15");
        assertThat(after.evidence().events()).hasSize(2);
    }

    @Test
    void inFranceOnlyTheDebtorsAcknowledgmentRestartsPrescription() {
        String id = files.frenchCase("FR-PRESCRIPTION").id();
        claimed(id, "F-OLD", "2020-06-01", "2020-07-01", "9000.00");
        files.record(id, new EventData.FormalNoticeSent(d("2025-05-15"), FormalNotice.Method.BAILIFF, null, null, true,
                null, List.of()));
        assertThat(rule(id, "FR.not-prescribed").status()).isEqualTo(Completeness.Status.WARNING);

        files.record(id, new EventData.DebtAcknowledged(d("2025-05-20"), false, List.of(), List.of(), "signed"));
        assertThat(rule(id, "FR.not-prescribed").status()).isEqualTo(Completeness.Status.OK);
    }

    @Test
    void aPrescribedClaimBlocksBothPhases() {
        String id = files.moroccanCase("MA-PRESCRIBED").id();
        claimed(id, "F-1", "2019-01-01", "2019-02-01", "9000.00");

        Completeness.RuleResult r = rule(id, "MA.not-prescribed");
        assertThat(r.status()).isEqualTo(Completeness.Status.MISSING);
        assertThat(r.blocks()).containsExactly(CompletenessRule.Phase.AMICABLE, CompletenessRule.Phase.LITIGATION);
        assertThat(r.message()).contains("F-1 (2024-02-01)");
    }

    @Test
    void claimsAboveTheirInvoiceAreRefusedAndBelowAreToExplain() {
        String id = files.moroccanCase("MA-AMOUNTS").id();
        files.document(id, DocumentKind.INVOICE, "F-1.pdf", Map.of("invoiceNumber", "F-1", "totalAmount", "10000.00"));
        files.document(id, DocumentKind.INVOICE, "F-2.pdf", Map.of("invoiceNumber", "F-2", "totalAmount", "5000.00",
                "amountDue", "4000.00"));
        claimed(id, "F-2", "2025-01-01", "2025-02-01", "3500.00");
        assertThat(rule(id, "MA.amounts-reconcile")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Completeness.Status.WARNING);
            assertThat(r.message()).endsWith("F-2: 3500.00 < 4000.00.");
        });

        claimed(id, "F-1", "2025-01-01", "2025-02-01", "12000.00");
        Completeness.RuleResult r = rule(id, "MA.amounts-reconcile");
        assertThat(r.status()).isEqualTo(Completeness.Status.MISSING);
        assertThat(r.message()).contains("F-1: 12000.00 > 10000.00");
        assertThat(r.evidence().documents()).hasSize(2);
    }

    @Test
    void anOralDisputeIsAWarningAWrittenOneBlocksUntilAnswered() {
        String id = files.moroccanCase("MA-DISPUTES").id();
        files.record(id, new EventData.DisputeRaised(d("2025-05-02"), "says the price was different", false, List.of(),
                List.of()));
        assertThat(rule(id, "MA.disputes-answered").status()).isEqualTo(Completeness.Status.WARNING);

        files.record(id, new EventData.DisputeRaised(d("2025-05-03"), "letter: goods damaged", true, List.of(), List.of()));
        assertThat(rule(id, "MA.disputes-answered")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Completeness.Status.MISSING);
            assertThat(r.blocks()).containsExactly(CompletenessRule.Phase.AMICABLE, CompletenessRule.Phase.LITIGATION);
        });
    }

    @Test
    void aNoticeByEmailIsAWeakProof() {
        String id = files.frenchCase("FR-NOTICE").id();
        String proof = files.document(id, DocumentKind.CORRESPONDENCE, "sent.eml");
        files.record(id, new EventData.FormalNoticeSent(d("2025-05-02"), FormalNotice.Method.EMAIL, null, proof, false,
                d("2025-05-17"), List.of()));

        Completeness.RuleResult r = rule(id, "FR.formal-notice");
        assertThat(r.status()).isEqualTo(Completeness.Status.WARNING);
        assertThat(r.message()).isEqualTo("Formal notice of 2025-05-02: sent by plain e-mail only, a weak proof of dispatch.");
        assertThat(r.blocks()).isEmpty();
    }

    @Test
    void theInjonctionNeedsMoreThanFiveThousandDirhamsAndNoSignOfInsolvency() {
        String id = files.moroccanCase("MA-INJONCTION").id();
        files.document(id, DocumentKind.CONTRACT, "contrat.pdf");
        claimed(id, "F-1", "2025-01-01", "2025-02-01", "5000.00");
        assertThat(rule(id, "MA.injonction-de-payer").message()).isEqualTo("Injonction de payer to check (balance "
                + "5000.00 MAD, threshold 5000.00 MAD): the balance does not exceed the threshold: ordinary procedure.");

        claimed(id, "F-2", "2025-01-01", "2025-02-01", "0.01");
        assertThat(rule(id, "MA.injonction-de-payer").status()).isEqualTo(Completeness.Status.OK);

        files.record(id, new EventData.Note("supplier says a receiver was appointed", CaseNote.Kind.INSOLVENCY_SIGN, null));
        assertThat(rule(id, "MA.injonction-de-payer")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Completeness.Status.WARNING);
            assertThat(r.blocks()).isEmpty();
            assertThat(r.message()).contains("insolvency sign noted");
        });
    }

    @Test
    void theFrenchPackNamesTheSirenAndOnlyFrenchSources() {
        String id = files.frenchCase("FR-DEBTOR").id();
        Completeness c = files.completeness.check(files.get(id), null, "fr");

        assertThat(c.rules()).extracting(Completeness.RuleResult::id).doesNotContain("FR.injonction-de-payer");
        assertThat(c.rules().stream().filter(r -> r.id().equals("FR.debtor-identified")).findFirst().orElseThrow()
                .message()).isEqualTo("Le débiteur est identifié : raison sociale, SIREN ou SIRET et adresse.");
    }

    @Test
    void onlyFrenchArabicAndEnglishAreSpoken() {
        String id = files.moroccanCase("MA-LANG").id();
        assertThatThrownBy(() -> files.completeness.check(files.get(id), null, "de"))
                .isInstanceOf(InvalidCommandException.class);
    }
}
