package org.bordereau.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The completeness checklist of a case (DESIGN.md §4, GET /v1/cases/{id}/completeness): every rule of
 * the jurisdiction's pack with its status, message and fix hint in the requested language, the
 * evidence it looked at and its legal source; and whether the file is ready for amicable recovery and
 * for litigation (no rule BLOCKING in that phase is {@code missing}). {@code caseVersion} is the
 * version of the case checked: the answer holds until the next event.
 */
public record Completeness(String caseId, String jurisdiction, LocalDate asOf, String language, long caseVersion,
        boolean readyForAmicable, boolean readyForLitigation, List<RuleResult> rules) {

    public Completeness {
        rules = List.copyOf(rules);
    }

    /** What a rule found: satisfied, not satisfied, or satisfied with something to look at. */
    public enum Status {
        @JsonProperty("ok") OK,
        @JsonProperty("missing") MISSING,
        @JsonProperty("warning") WARNING
    }

    /**
     * One rule's result. {@code blocks}: the phases this result makes the file not ready for
     * (a {@code missing} rule whose severity there is BLOCKING). {@code fix} is null when ok.
     */
    public record RuleResult(String id, String title, Status status, CompletenessRule.Severities severity,
            List<CompletenessRule.Phase> blocks, String message, String fix, Evidence evidence, Basis source) {
        public RuleResult {
            blocks = List.copyOf(blocks);
        }
    }

    /** The rules that keep the file from being ready for {@code phase}. */
    public List<RuleResult> blocking(CompletenessRule.Phase phase) {
        return rules.stream().filter(r -> r.blocks().contains(phase)).toList();
    }
}
