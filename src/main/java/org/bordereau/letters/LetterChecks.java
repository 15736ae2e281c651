package org.bordereau.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Violation;
import org.bordereau.rules.Statement;

/**
 * Whether a letter can be issued, every problem at once, each saying how to fix it: a letter that
 * states a wrong amount, no address or no plan is worse than no letter.
 */
final class LetterChecks {
    static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

    private LetterChecks() {}

    /** Problems with the request itself, before the case is read. */
    static List<Violation> request(LetterRequest r, LetterDefaults defaults) {
        List<Violation> problems = new ArrayList<>();
        if (r.kind() == null) {
            problems.add(new Violation("kind", "is required: one of " + List.of(LetterKind.values())));
        }
        if (r.language() == null || !LANGUAGES.contains(r.language())) {
            problems.add(new Violation("language", "must be fr, ar or en"));
        }
        if (r.deadlineDays() != null && (r.deadlineDays() < defaults.minDays() || r.deadlineDays() > defaults.maxDays())) {
            problems.add(new Violation("deadlineDays", "must be between " + defaults.minDays() + " and "
                    + defaults.maxDays() + " days"));
        }
        if (r.plan() != null) {
            problems.addAll(plan(r.plan(), "plan"));
        }
        return problems;
    }

    /**
     * Problems of the case for this kind of letter, given today's statement; {@code on} gives the statement
     * on another day (a plan may include the interest that runs until its last instalment, not more).
     */
    static List<Violation> file(Case file, Statement statement, LetterRequest r, Function<LocalDate, Statement> on) {
        List<Violation> problems = new ArrayList<>();
        if (file.recovery().claims().isEmpty()) {
            problems.add(new Violation("claims", "no invoice claim is confirmed on this case: confirm the unpaid "
                    + "invoices (POST /v1/cases/{id}/claims) before writing to the debtor"));
        } else if (statement.totals().outstanding().signum() <= 0) {
            problems.add(new Violation("claims", "the statement shows nothing outstanding on " + statement.asOf()
                    + ": a letter would claim what is not owed"));
        }
        if (blank(file.debtor().name())) {
            problems.add(new Violation("debtor.name", "the debtor's legal name is required on a letter"));
        }
        if (r.kind() == LetterKind.MISE_EN_DEMEURE && blank(file.debtor().address())) {
            problems.add(new Violation("debtor.address", "a formal notice is sent to the debtor's address for "
                    + "service: set it (PATCH the debtor) first"));
        }
        if (r.kind() == LetterKind.ECHEANCIER && r.plan() == null && file.recovery().commitments().plans().isEmpty()) {
            problems.add(new Violation("plan", "a payment plan letter needs its instalments: give 'plan' or record "
                    + "the agreed plan (PLAN_AGREED) first"));
        }
        LetterRequest.PlanTerms plan = r.kind() == LetterKind.ECHEANCIER ? planOf(file, r) : null;
        if (plan != null && !file.recovery().claims().isEmpty()) {
            // the debtor acknowledges the statement's total in article 1 and commits to the instalments in article 2
            BigDecimal total = plan.instalments().stream().filter(i -> i != null && i.amount() != null)
                    .map(LetterRequest.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate end = plan.instalments().stream().filter(i -> i != null && i.dueDate() != null)
                    .map(LetterRequest.Instalment::dueDate).max(LocalDate::compareTo).orElse(statement.asOf());
            Statement atEnd = end.isAfter(statement.asOf()) ? on.apply(end) : statement;
            if (total.compareTo(atEnd.totals().totalDue()) > 0) {
                problems.add(new Violation(r.plan() != null ? "plan.instalments" : "plan", "the instalments add up to "
                        + total.toPlainString() + ", more than the " + atEnd.totals().totalDue().toPlainString() + " "
                        + file.currency() + " that would be due on " + atEnd.asOf() + ", the last instalment's day,"
                        + " if nothing were paid: a plan cannot ask for more than is owed"));
            }
        }
        return problems;
    }

    /** The plan the letter states: the one in the request, else the last one agreed on the case. */
    static LetterRequest.PlanTerms planOf(Case file, LetterRequest r) {
        if (r.plan() != null) {
            return r.plan();
        }
        List<PaymentPlan> plans = file.recovery().commitments().plans();
        if (plans.isEmpty()) {
            return null;
        }
        PaymentPlan last = plans.get(plans.size() - 1);
        return new LetterRequest.PlanTerms(last.instalments().stream()
                .map(i -> new LetterRequest.Instalment(i.dueDate(), i.amount())).toList(), last.security(),
                last.accelerationGraceDays());
    }

    private static List<Violation> plan(LetterRequest.PlanTerms plan, String field) {
        List<Violation> problems = new ArrayList<>();
        if (plan.instalments().isEmpty()) {
            problems.add(new Violation(field + ".instalments", "list at least one instalment {dueDate, amount}"));
        }
        if (plan.accelerationGraceDays() != null && (plan.accelerationGraceDays() < 0 || plan.accelerationGraceDays() > 90)) {
            problems.add(new Violation(field + ".accelerationGraceDays", "must be between 0 and 90 days"));
        }
        LocalDate previous = null;
        for (int i = 0; i < plan.instalments().size(); i++) {
            LetterRequest.Instalment in = plan.instalments().get(i);
            String at = field + ".instalments[" + i + "]";
            if (in == null || in.dueDate() == null) {
                problems.add(new Violation(at + ".dueDate", "is required (YYYY-MM-DD)"));
                continue;
            }
            if (!CaseDates.inRange(in.dueDate())) {
                problems.add(new Violation(at + ".dueDate", CaseDates.outOfRange()));
                continue;
            }
            if (in.amount() == null || in.amount().signum() <= 0 || in.amount().scale() > 2) {
                problems.add(new Violation(at + ".amount", "must be a positive amount with at most 2 decimals"));
            }
            if (previous != null && !in.dueDate().isAfter(previous)) {
                problems.add(new Violation(at + ".dueDate", "instalments must fall on increasing dates"));
            }
            previous = in.dueDate();
        }
        return problems;
    }

    static BigDecimal total(LetterRequest.PlanTerms plan) {
        return plan.instalments().stream().map(LetterRequest.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
