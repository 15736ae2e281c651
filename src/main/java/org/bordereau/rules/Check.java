package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A named piece of code a completeness rule runs (the rule packs refer to it by {@code name}).
 * {@code placeholders}: the values its findings may carry, which the pack's texts may quote;
 * {@code canWarn}: whether it ever answers {@code warning} (then the texts need a warning message);
 * {@code needsClaims}: with no claim on the case it answers {@code missing} with the pack's "no
 * claims" text without running; {@code terms}: the pack terms its findings use; {@code paramProblems}
 * checks the rule's params when the pack loads.
 */
record Check(String name, boolean canWarn, boolean needsClaims, Set<String> placeholders, Set<String> terms,
        BiFunction<Review, JsonNode, Finding> run, Function<JsonNode, List<String>> paramProblems) {

    static Check of(String name, boolean canWarn, boolean needsClaims, Set<String> placeholders,
            BiFunction<Review, JsonNode, Finding> run) {
        return new Check(name, canWarn, needsClaims, placeholders, Set.of(), run, params -> List.of());
    }

    Check withParams(Function<JsonNode, List<String>> problems) {
        return new Check(name, canWarn, needsClaims, placeholders, terms, run, problems);
    }

    /** The pack terms ({@link Finding.Term} keys) this check's findings use. */
    Check withTerms(String... keys) {
        return new Check(name, canWarn, needsClaims, placeholders, Set.of(keys), run, paramProblems);
    }

    Finding evaluate(Review review, JsonNode params) {
        if (needsClaims && review.claims().isEmpty()) {
            return Finding.withoutClaims();
        }
        return run.apply(review, params);
    }
}
