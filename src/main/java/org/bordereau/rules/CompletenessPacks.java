package org.bordereau.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded completeness packs, immutable: {@code rules/completeness-packs.txt} lists the
 * jurisdictions, {@code rules/{code}/completeness.json} holds each pack. Loading stops on any problem,
 * listing them all: an unknown check, bad params, a rule without a text in fr, ar or en, a text
 * quoting a value its check never gives, a missing term, a source without confidence or date.
 */
public final class CompletenessPacks {
    static final String INDEX = "rules/completeness-packs.txt";
    static final Set<String> BASE_TERMS = Set.of("listSeparator", "noClaims", "noClaimsFix");

    private final Map<String, CompletenessPack> packs;

    public CompletenessPacks(Map<String, CompletenessPack> packs) {
        this.packs = Map.copyOf(packs);
        List<String> problems = new ArrayList<>();
        packs.forEach((code, pack) -> check(code, pack, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid completeness packs: " + String.join("; ", problems));
        }
    }

    public static CompletenessPacks load() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, CompletenessPack> packs = new LinkedHashMap<>();
        for (String line : resource(INDEX).split("\\R")) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            String path = "rules/" + code + "/completeness.json";
            try {
                packs.put(code, json.readValue(resource(path), CompletenessPack.class));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read completeness pack " + path + ": " + e.getMessage(), e);
            }
        }
        return new CompletenessPacks(packs);
    }

    public CompletenessPack pack(String jurisdiction) {
        CompletenessPack pack = packs.get(jurisdiction);
        if (pack == null) {
            throw new IllegalArgumentException("no completeness pack for " + jurisdiction);
        }
        return pack;
    }

    public Set<String> jurisdictions() {
        return packs.keySet();
    }

    private static void check(String code, CompletenessPack pack, List<String> problems) {
        String at = "pack " + code + ": ";
        if (!code.equals(pack.jurisdiction())) {
            problems.add(at + "jurisdiction field says " + pack.jurisdiction());
        }
        Set<String> terms = new HashSet<>(BASE_TERMS);
        Set<String> ids = new HashSet<>();
        for (CompletenessRule rule : pack.rules()) {
            String where = at + "rule " + rule.id() + ": ";
            if (rule.id() == null || !rule.id().startsWith(code + ".") || !ids.add(rule.id())) {
                problems.add(where + "ids are unique and start with '" + code + ".'");
            }
            Check check = Checks.named(rule.check()).orElse(null);
            if (check == null) {
                problems.add(where + "unknown check " + rule.check() + "; known: " + Checks.names());
                continue;
            }
            terms.addAll(check.terms());
            check.paramProblems().apply(rule.params()).forEach(p -> problems.add(where + p));
            if (rule.severity() == null || (rule.severity().amicable() == null && rule.severity().litigation() == null)) {
                problems.add(where + "severity must give amicable and/or litigation");
            }
            source(where, rule.source(), problems);
            texts(where, rule, check, problems);
        }
        for (String language : RuleTexts.LANGUAGES) {
            Map<String, String> words = pack.terms().get(language);
            for (String term : terms) {
                if (words == null || words.get(term) == null || words.get(term).isEmpty()) {
                    problems.add(at + "terms." + language + "." + term + " is missing");
                }
            }
        }
    }

    /** A legal source is optional (good practice has none); when given it is complete (LEGAL.md preamble). */
    private static void source(String where, Basis source, List<String> problems) {
        if (source != null && (blank(source.rule()) || blank(source.source()) || source.confidence() == null
                || source.effectiveFrom() == null)) {
            problems.add(where + "source needs rule, source, confidence and effectiveFrom");
        }
    }

    private static void texts(String where, CompletenessRule rule, Check check, List<String> problems) {
        for (String language : RuleTexts.LANGUAGES) {
            CompletenessRule.RuleText t = rule.text() == null ? null : rule.text().get(language);
            String at = where + "text." + language;
            if (t == null) {
                problems.add(at + " is missing");
                continue;
            }
            List<String> required = new ArrayList<>(List.of(t.title() == null ? "" : t.title(),
                    t.ok() == null ? "" : t.ok(), t.missing() == null ? "" : t.missing(), t.fix() == null ? "" : t.fix()));
            if (check.canWarn()) {
                required.add(t.warning() == null ? "" : t.warning());
                required.add(t.fixWarning() == null ? "" : t.fixWarning());
            }
            if (required.stream().anyMatch(String::isBlank)) {
                problems.add(at + " needs title, ok, missing, fix" + (check.canWarn() ? ", warning, fixWarning" : ""));
            }
            for (String text : new String[] {t.title(), t.ok(), t.missing(), t.fix(), t.warning(), t.fixWarning()}) {
                for (String name : RuleTexts.placeholders(text)) {
                    if (!check.placeholders().contains(name)) {
                        problems.add(at + " quotes {" + name + "}, which " + check.name() + " never gives; it gives "
                                + check.placeholders());
                    }
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String resource(String path) {
        try (InputStream in = CompletenessPacks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not found on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
