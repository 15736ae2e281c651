package org.bordereau.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds vocabulary phrases ("Total TTC", "N° de facture", "تاريخ الاستحقاق") in folded text
 * ({@link InvoiceText#fold}). At any position the longest phrase wins, so "Total TVA" is read as
 * one label and not as "Total" followed by "TVA", and "N° TVA" (an identifier) is not the tax.
 * Spaces, dots, dashes, slashes, parentheses and apostrophes between letters do not count ("T.T.C",
 * "Total (incl. VAT)", "d'échéance"); a phrase starts and ends at word boundaries. Arabic phrases are
 * also matched reversed, for PDF text layers that store Arabic in visual order. The phrases are kept
 * in a character trie: one pass over the text, whatever the size of the vocabulary.
 */
final class Labels {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String SEPARATORS = " .-()/'";

    /** One phrase found: its group (a field name, or a kind), weight, and span in the line. */
    record Hit(String group, double weight, int start, int end, boolean arabic) {}

    private record Phrase(String group, double weight, boolean arabic) {}

    /** A trie node; built once when the vocabulary loads, read-only afterwards. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private Phrase phrase;
    }

    private final Node root;

    private Labels(Node root) {
        this.root = root;
    }

    /** The phrases of a classpath JSON resource: {@code {"group": {"phrase": weight, ...}, ...}}. */
    static Labels load(String resource) {
        return of(read(resource));
    }

    /** The groups of a vocabulary resource, without its "_comment" entries. */
    static Map<String, Map<String, Double>> read(String resource) {
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource missing from the jar: " + resource);
            }
            Map<String, Object> raw = JSON.readValue(in, new TypeReference<>() {});
            raw.keySet().removeIf(group -> group.startsWith("_"));
            return JSON.convertValue(raw, new TypeReference<Map<String, Map<String, Double>>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }

    static Labels of(Map<String, Map<String, Double>> groups) {
        Node root = new Node();
        groups.forEach((group, phrases) -> phrases.forEach((text, weight) -> {
            String key = key(InvoiceText.fold(InvoiceText.normalize(text)));
            boolean arabic = InvoiceText.containsArabic(key);
            add(root, key, new Phrase(group, weight, arabic));
            if (arabic) {
                add(root, new StringBuilder(key).reverse().toString(), new Phrase(group, weight - 0.05, true));
            }
        }));
        return new Labels(root);
    }

    /** Every phrase in {@code folded}, left to right, none overlapping. */
    List<Hit> find(String folded) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            Hit hit = longestAt(folded, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.end();
            }
        }
        return hits;
    }

    private Hit longestAt(String text, int start) {
        char first = text.charAt(start);
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        if (isSeparator(first) || (Character.isLetterOrDigit(first) && !wordStart)) {
            return null;
        }
        Node node = root;
        Hit best = null;
        for (int j = start; j < text.length(); j++) {
            char c = text.charAt(j);
            if (isSeparator(c)) {
                continue;
            }
            node = node.next.get(c);
            if (node == null) {
                break;
            }
            boolean wordEnd = !Character.isLetterOrDigit(c) || j + 1 == text.length()
                    || !Character.isLetterOrDigit(text.charAt(j + 1));
            if (node.phrase != null && wordEnd) {
                best = new Hit(node.phrase.group(), node.phrase.weight(), start, j + 1, node.phrase.arabic());
            }
        }
        return best;
    }

    private static void add(Node root, String key, Phrase phrase) {
        if (key.isEmpty()) {
            throw new IllegalStateException("empty phrase in group " + phrase.group());
        }
        Node node = root;
        for (char c : key.toCharArray()) {
            node = node.next.computeIfAbsent(c, k -> new Node());
        }
        if (node.phrase != null && !node.phrase.group().equals(phrase.group())) {
            throw new IllegalStateException("phrase '" + key + "' is in two groups: " + node.phrase.group()
                    + " and " + phrase.group());
        }
        if (node.phrase == null || node.phrase.weight() < phrase.weight()) {
            node.phrase = phrase;
        }
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }

    /** Separators and apostrophes do not distinguish phrases: "t.t.c" and "ttc" are one key. */
    private static String key(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            if (!isSeparator(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
