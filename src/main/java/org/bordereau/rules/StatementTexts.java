package org.bordereau.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statement of account's warnings in fr, ar and en ({@code rules/statement-texts.json}): one text
 * per {@link StatementWarning.Code} ({@code warning.CODE}), with {@code {placeholders}} filled by
 * {@link RuleTexts}; the names of interruption events ({@code event.KIND}) and of rate tables
 * ({@code table.NAME}) as terms. Loading fails when a language lacks a key another has, or a code has
 * no text. Immutable; one per process is enough.
 */
public final class StatementTexts {
    public static final String RESOURCE = "rules/statement-texts.json";

    private final Map<String, Map<String, String>> byLanguage;

    private StatementTexts(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static StatementTexts load() {
        Map<String, Map<String, String>> texts = RuleTexts.byLanguage(RESOURCE);
        Set<String> required = new TreeSet<>(List.of("listSeparator"));
        for (StatementWarning.Code code : StatementWarning.Code.values()) {
            required.add("warning." + code);
        }
        for (InterruptionKind kind : InterruptionKind.values()) {
            required.add("event." + kind);
        }
        RuleTexts.requireAll(RESOURCE, texts, required);
        return new StatementTexts(texts);
    }

    /** The warnings in {@code language} (fr, ar or en), in their order. */
    public List<String> say(List<StatementWarning> warnings, String language) {
        Map<String, String> words = byLanguage.get(language);
        if (words == null) {
            throw new IllegalArgumentException("no statement texts in " + language + "; there are fr, ar and en");
        }
        List<String> said = new ArrayList<>(warnings.size());
        for (StatementWarning warning : warnings) {
            said.add(RuleTexts.fill(words.get("warning." + warning.code()), warning.values(), words));
        }
        return said;
    }
}
