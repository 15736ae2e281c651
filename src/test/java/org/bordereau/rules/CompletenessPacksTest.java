package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The completeness packs are data: complete, sourced, in three languages; a broken pack does not load. */
class CompletenessPacksTest {
    private static final CompletenessPacks PACKS = CompletenessPacks.load();

    @Test
    void moroccoAndFranceHaveTheIssuesRules() {
        assertThat(PACKS.jurisdictions()).containsExactlyInAnyOrder("MA", "FR");
        assertThat(PACKS.pack("MA").rules()).extracting(CompletenessRule::id).containsExactly(
                "MA.claims-present", "MA.invoice-with-due-date", "MA.contractual-basis", "MA.performance-proof",
                "MA.written-exchanges", "MA.reminders-before-notice", "MA.amounts-reconcile", "MA.debtor-identified",
                "MA.decision-maker", "MA.claim-due", "MA.not-prescribed", "MA.disputes-answered", "MA.formal-notice",
                "MA.injonction-de-payer");
        assertThat(PACKS.pack("FR").rules()).hasSize(13).extracting(CompletenessRule::id)
                .allMatch(id -> id.startsWith("FR."));
    }

    @Test
    void everyRuleSpeaksFrenchArabicAndEnglish() {
        for (String code : PACKS.jurisdictions()) {
            for (CompletenessRule rule : PACKS.pack(code).rules()) {
                assertThat(rule.text()).as(rule.id()).containsOnlyKeys("fr", "ar", "en");
                assertThat(rule.text().get("ar").title()).as(rule.id()).containsPattern("\\p{IsArabic}");
            }
        }
    }

    @Test
    void legalSourcesComeWithConfidenceAndDate() {
        assertThat(PACKS.pack("MA").rules()).filteredOn(r -> r.source() != null).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(r -> {
                    assertThat(r.source().source()).isNotBlank();
                    assertThat(r.source().confidence()).isNotNull();
                    assertThat(r.source().effectiveFrom()).isNotNull();
                });
        CompletenessRule injonction = PACKS.pack("MA").rules().get(13);
        assertThat(injonction.source().source()).contains("155", "1-13");
        assertThat(injonction.params().get("threshold").asText()).isEqualTo("5000.00");
    }

    @Test
    void aBrokenPackIsRefusedWithEveryProblemListed() {
        CompletenessRule.RuleText en = new CompletenessRule.RuleText("Title", "ok {nothing}", "missing", null, "fix", null);
        CompletenessRule unknownCheck = new CompletenessRule("XX.one", "NO_SUCH_CHECK",
                new CompletenessRule.Severities(CompletenessRule.Severity.BLOCKING, null), null, null,
                Map.of("en", en));
        CompletenessRule untranslated = new CompletenessRule("XX.two", "CLAIMS_DUE",
                new CompletenessRule.Severities(null, null),
                new Basis("XX.rule", "", Confidence.HIGH, LocalDate.of(2020, 1, 1), ""), null, Map.of("en", en));
        CompletenessRule badParams = new CompletenessRule("XX.three", "BACKING_DOCUMENTS",
                new CompletenessRule.Severities(null, CompletenessRule.Severity.WARNING), null,
                JsonNodeFactory.instance.objectNode().set("kinds", JsonNodeFactory.instance.arrayNode().add("NAPKIN")),
                Map.of("en", en));
        CompletenessPack pack = new CompletenessPack("XX", "broken", Map.of("en", Map.of("listSeparator", ", ")),
                List.of(unknownCheck, untranslated, badParams));

        assertThatThrownBy(() -> new CompletenessPacks(Map.of("XX", pack)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule XX.one: unknown check NO_SUCH_CHECK")
                .hasMessageContaining("rule XX.two: severity must give amicable and/or litigation")
                .hasMessageContaining("rule XX.two: source needs rule, source, confidence and effectiveFrom")
                .hasMessageContaining("rule XX.two: text.fr is missing")
                .hasMessageContaining("rule XX.two: text.en needs title, ok, missing, fix, warning, fixWarning")
                .hasMessageContaining("quotes {nothing}")
                .hasMessageContaining("params.kinds: unknown document kind \"NAPKIN\"")
                .hasMessageContaining("terms.ar.noClaims is missing");
    }
}
