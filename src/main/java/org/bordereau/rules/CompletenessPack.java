package org.bordereau.rules;

import java.util.List;
import java.util.Map;

/**
 * The completeness rules of one jurisdiction, read from {@code rules/{JURISDICTION}/completeness.json},
 * and {@code terms}: per language, the words the checks put into messages (list items such as
 * "address", the list separator, the texts shown when a case has no claim yet).
 */
public record CompletenessPack(String jurisdiction, String title, Map<String, Map<String, String>> terms,
        List<CompletenessRule> rules) {
    public CompletenessPack {
        terms = Map.copyOf(terms);
        rules = List.copyOf(rules);
    }
}
