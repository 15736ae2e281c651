package org.bordereau.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message with what its check found, in the reader's language: {@code {name}} is
 * replaced by the value of that name; lists are joined with the language's separator; a
 * {@link Finding.Term} is taken from the pack's terms. Values are data (invoice numbers, dates,
 * amounts), never markup.
 */
final class RuleTexts {
    static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private RuleTexts() {}

    /**
     * The texts of a class path JSON resource with one object per language ({@code {"fr": {key: text},
     * "ar": …, "en": …}}); every language must be there.
     */
    static Map<String, Map<String, String>> byLanguage(String resource) {
        try (InputStream in = RuleTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            Map<String, Object> raw = new ObjectMapper().readValue(in,
                    new TypeReference<>() {});
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                @SuppressWarnings("unchecked")
                Map<String, String> words = (Map<String, String>) raw.get(language);
                if (words == null) {
                    throw new IllegalStateException(resource + " has no texts in " + language);
                }
                texts.put(language, Map.copyOf(words));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Fails unless every language has a non-blank text for every key of {@code required} and of any language. */
    static void requireAll(String resource, Map<String, Map<String, String>> texts, Set<String> required) {
        Set<String> all = new TreeSet<>(required);
        texts.values().forEach(words -> all.addAll(words.keySet()));
        List<String> problems = new ArrayList<>();
        texts.forEach((language, words) -> {
            for (String key : all) {
                if (words.get(key) == null || words.get(key).isBlank()) {
                    problems.add(language + ": " + key);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(resource + " lacks texts: " + problems);
        }
    }

    static String fill(String template, Map<String, Object> values, Map<String, String> terms) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : text(value, terms)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a template uses. */
    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String text(Object value, Map<String, String> terms) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(text(item, terms)));
            return String.join(terms.get("listSeparator"), items);
        }
        if (value instanceof Finding.Term term) {
            return terms.getOrDefault(term.key(), term.key()) + term.suffix();
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }
}
