package org.bordereau.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One rule of a completeness pack ({@code rules/{JURISDICTION}/completeness.json}): its stable
 * {@code id}, the {@code check} (a named piece of code, see {@link Checks}) and its {@code params},
 * how much it matters in each phase ({@code severity}: absent = does not apply), its legal
 * {@code source} where there is one (null for good practice), and the texts shown to the user, by
 * language (fr, ar, en).
 */
public record CompletenessRule(String id, String check, Severities severity, Basis source, JsonNode params,
        Map<String, RuleText> text) {

    /** The two moments a file is judged: before contacting the debtor, before handing it to a lawyer. */
    public enum Phase {
        @JsonProperty("amicable") AMICABLE,
        @JsonProperty("litigation") LITIGATION
    }

    /** BLOCKING: a missing item makes the file not ready for the phase; WARNING: shown, never blocks. */
    public enum Severity {
        @JsonProperty("blocking") BLOCKING,
        @JsonProperty("warning") WARNING
    }

    /** Severity per phase; null where the rule does not apply. */
    public record Severities(Severity amicable, Severity litigation) {
        public Severity of(Phase phase) {
            return phase == Phase.AMICABLE ? amicable : litigation;
        }
    }

    /**
     * A rule's texts in one language. {@code ok}, {@code missing}, {@code warning}: the message for each
     * status, with {@code {placeholders}} the check fills in; {@code fix} says what to do when missing,
     * {@code fixWarning} when only a warning ({@code warning} and {@code fixWarning} are needed only
     * for checks that can warn).
     */
    public record RuleText(String title, String ok, String missing, String warning, String fix, String fixWarning) {}
}
