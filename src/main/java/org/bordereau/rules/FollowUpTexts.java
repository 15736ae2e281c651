package org.bordereau.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * The follow-up's words in fr, ar and en ({@code rules/follow-up-texts.json}): one message per
 * escalation reason ({@code reason.CODE}) and per action ({@code action.ACTION}), with
 * {@code {placeholders}} filled by {@link RuleTexts}. Loading fails when a language lacks a key
 * another has, or when a reason or an action has no text.
 */
public final class FollowUpTexts {
    public static final String RESOURCE = "rules/follow-up-texts.json";

    private final Map<String, Map<String, String>> byLanguage;

    private FollowUpTexts(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static FollowUpTexts load() {
        Map<String, Map<String, String>> texts = RuleTexts.byLanguage(RESOURCE);
        Set<String> required = new TreeSet<>(List.of("listSeparator", "reason.COMMITMENTS_BROKEN.accelerated",
                "action.WAIT.unscheduled"));
        for (FollowUp.ReasonCode code : FollowUp.ReasonCode.values()) {
            required.add("reason." + code);
        }
        for (FollowUp.Action action : FollowUp.Action.values()) {
            required.add("action." + action);
        }
        RuleTexts.requireAll(RESOURCE, texts, required);
        return new FollowUpTexts(texts);
    }

    /**
     * The texts in {@code language}.
     *
     * @throws InvalidCommandException for a language that is not fr, ar or en
     */
    In in(String language) {
        Map<String, String> words = language == null ? null : byLanguage.get(language);
        if (words == null) {
            throw new InvalidCommandException(List.of(new Violation("lang", "must be fr, ar or en")));
        }
        return new In(language, words);
    }

    /** The texts of one language. */
    record In(String language, Map<String, String> words) {
        /** The message {@code key} filled with {@code namesAndValues} (name, value, name, value…). */
        String say(String key, Object... namesAndValues) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            String template = words.get(key);
            if (template == null) {
                throw new IllegalStateException(RESOURCE + " has no " + key + " in " + language);
            }
            return RuleTexts.fill(template, values, words);
        }
    }
}
