package org.bordereau.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
        try (InputStream in = FollowUpTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            Map<String, Object> raw = new ObjectMapper().readValue(in, new TypeReference<>() {});
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            for (String language : RuleTexts.LANGUAGES) {
                @SuppressWarnings("unchecked")
                Map<String, String> words = (Map<String, String>) raw.get(language);
                if (words == null) {
                    throw new IllegalStateException(RESOURCE + " has no texts in " + language);
                }
                texts.put(language, Map.copyOf(words));
            }
            check(texts);
            return new FollowUpTexts(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
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

    private static void check(Map<String, Map<String, String>> texts) {
        Set<String> required = new TreeSet<>(List.of("listSeparator", "reason.COMMITMENTS_BROKEN.accelerated",
                "action.WAIT.unscheduled"));
        for (FollowUp.ReasonCode code : FollowUp.ReasonCode.values()) {
            required.add("reason." + code);
        }
        for (FollowUp.Action action : FollowUp.Action.values()) {
            required.add("action." + action);
        }
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(required);
        texts.values().forEach(words -> all.addAll(words.keySet()));
        texts.forEach((language, words) -> {
            for (String key : all) {
                if (words.get(key) == null || words.get(key).isBlank()) {
                    problems.add(language + ": " + key);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lacks texts: " + problems);
        }
    }
}
