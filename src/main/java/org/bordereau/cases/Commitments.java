package org.bordereau.cases;

import java.util.List;

/**
 * What the debtor committed to: promises, and payment plans in the order agreed (the last one is in
 * force; earlier ones are kept as history).
 */
public record Commitments(List<Promise> promises, List<PaymentPlan> plans) {
    public static final Commitments NONE = new Commitments(List.of(), List.of());

    public Commitments {
        promises = promises == null ? List.of() : List.copyOf(promises);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** The plan in force, if any. */
    public java.util.Optional<PaymentPlan> currentPlan() {
        return plans.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(plans.get(plans.size() - 1));
    }
}
