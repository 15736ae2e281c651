package org.bordereau.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * Runs the jurisdiction's completeness pack on a case (GET /v1/cases/{id}/completeness): each rule's
 * check, its message and fix hint in the reader's language, and readiness per phase. Pure apart from
 * the clock that gives today's date when none is asked; thread-safe.
 */
public final class CompletenessChecker {
    private final CompletenessPacks packs;
    private final RulePacks latePayment;
    private final Clock clock;
    private final StatementCalculator calculator;

    public CompletenessChecker(CompletenessPacks packs, RulePacks latePayment, Clock clock) {
        this.packs = packs;
        this.latePayment = latePayment;
        this.clock = clock;
        this.calculator = new StatementCalculator(latePayment);
    }

    /**
     * The checklist of {@code file} on {@code asOf} (null: today in the case's zone), in
     * {@code language} (fr, ar or en).
     *
     * @throws InvalidCommandException for a language that is not fr, ar or en
     */
    public Completeness check(Case file, LocalDate asOf, String language) {
        if (language == null || !RuleTexts.LANGUAGES.contains(language)) {
            throw new InvalidCommandException(List.of(new Violation("lang", "must be fr, ar or en")));
        }
        LocalDate day = asOf == null ? CaseDates.today(file, clock) : asOf;
        CompletenessPack pack = packs.pack(file.jurisdiction());
        Review review = new Review(file, day, latePayment.pack(file.jurisdiction()), calculator);
        Map<String, String> terms = pack.terms().get(language);
        List<Completeness.RuleResult> results = new ArrayList<>();
        for (CompletenessRule rule : pack.rules()) {
            Check check = Checks.named(rule.check()).orElseThrow();
            results.add(result(rule, check.evaluate(review, rule.params()), rule.text().get(language), terms));
        }
        boolean amicable = results.stream().noneMatch(r -> r.blocks().contains(CompletenessRule.Phase.AMICABLE));
        boolean litigation = results.stream().noneMatch(r -> r.blocks().contains(CompletenessRule.Phase.LITIGATION));
        return new Completeness(file.id(), file.jurisdiction(), day, language, file.version(), amicable, litigation,
                results);
    }

    private static Completeness.RuleResult result(CompletenessRule rule, Finding finding,
            CompletenessRule.RuleText text, Map<String, String> terms) {
        String message;
        String fix;
        if (finding.noClaims()) {
            message = terms.get("noClaims");
            fix = terms.get("noClaimsFix");
        } else if (finding.status() == Completeness.Status.OK) {
            message = RuleTexts.fill(text.ok(), finding.values(), terms);
            fix = null;
        } else if (finding.status() == Completeness.Status.MISSING) {
            message = RuleTexts.fill(text.missing(), finding.values(), terms);
            fix = RuleTexts.fill(text.fix(), finding.values(), terms);
        } else {
            message = RuleTexts.fill(text.warning(), finding.values(), terms);
            fix = RuleTexts.fill(text.fixWarning(), finding.values(), terms);
        }
        List<CompletenessRule.Phase> blocks = new ArrayList<>();
        if (finding.status() == Completeness.Status.MISSING) {
            for (CompletenessRule.Phase phase : CompletenessRule.Phase.values()) {
                if (rule.severity().of(phase) == CompletenessRule.Severity.BLOCKING) {
                    blocks.add(phase);
                }
            }
        }
        return new Completeness.RuleResult(rule.id(), text.title(), finding.status(), rule.severity(), blocks, message,
                fix, finding.evidence(), rule.source());
    }
}
