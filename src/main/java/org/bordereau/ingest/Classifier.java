package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordereau.cases.DocumentKind;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;

/**
 * What a document is, from its words (French, English, Arabic; {@code ingest/kinds.json}), its file
 * name and its type. Words in a title weigh more than in the body, where every invoice mentions a
 * quote and every reminder an invoice. E-mails are correspondence unless the mail itself is clearly a
 * reminder. The confidence grows with the evidence and with the lead over the runner-up kind.
 */
final class Classifier {
    private static final String VOCABULARY = "/ingest/kinds.json";
    private static final String FILE_PREFIX = "file:";
    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook");
    private static final int MAX_CHARS = 60_000;
    private static final int TITLE_LINES = 8;
    private static final int SHORT_LINE = 45;
    private static final double TITLE_FACTOR = 2.5;
    private static final double CAPITALS = 1.4;
    private static final double FIRST_TITLE = 1.5;
    private static final double FILE_FACTOR = 2;
    private static final int BODY_REPEATS = 2;
    private static final double MIN_EVIDENCE = 3;
    private static final double MAIL_REMINDER = 9;
    private static final double INVOICE_FIELDS_BONUS = 3;
    private static final double NAME_ONLY = 0.6;

    /** A kind and how sure the classifier is of it, from 0 to 1. */
    record Kind(DocumentKind kind, double confidence) {}

    private final Labels words;
    private final Labels fileWords;

    Classifier() {
        Map<String, Map<String, Double>> groups = Labels.read(VOCABULARY);
        Map<String, Map<String, Double>> text = new LinkedHashMap<>();
        Map<String, Map<String, Double>> file = new LinkedHashMap<>();
        groups.forEach((group, phrases) -> {
            if (group.startsWith(FILE_PREFIX)) {
                file.put(group.substring(FILE_PREFIX.length()), phrases);
            } else {
                text.put(group, phrases);
            }
        });
        groups.keySet().forEach(group -> DocumentKind.valueOf(group.replace(FILE_PREFIX, ""))); // fail fast on a typo
        this.words = Labels.of(text);
        this.fileWords = Labels.of(file);
    }

    /** The kind of {@code document}; {@code invoiceFields}: an invoice number and a total were read from it. */
    Kind classify(ReadDocument document, boolean invoiceFields) {
        Map<DocumentKind, Double> scores = new EnumMap<>(DocumentKind.class);
        String subject = document.metadata() == null ? null : document.metadata().get("subject");
        if (subject != null) {
            score(List.of(line(subject)), 0, true, scores);
        }
        String text = document.text() == null ? "" : document.text();
        List<Line> lines = InvoiceText.lines(text, MAX_CHARS);
        score(lines, TITLE_LINES, false, scores);
        fileName(document.filename(), scores);
        if (invoiceFields) {
            scores.merge(DocumentKind.INVOICE, INVOICE_FIELDS_BONUS, Double::sum);
        }
        if (document.mediaType() != null && MAIL_TYPES.contains(document.mediaType())) {
            return mail(scores);
        }
        Kind kind = best(scores);
        if (text.isBlank() && subject == null) {
            // a file name is a hint someone typed, not the document speaking
            return new Kind(kind.kind(), Math.min(kind.confidence(), NAME_ONLY));
        }
        return kind;
    }

    /**
     * Title phrases count {@link #TITLE_FACTOR} times, more when in capitals, more again for the
     * first one: an invoice's header also names the order and delivery note it follows ("Bon de
     * commande n° 45"), but its own title comes first and stands out. Each title phrase counts
     * once, each body phrase at most {@link #BODY_REPEATS} times.
     */
    private void score(List<Line> lines, int titleLines, boolean allTitles, Map<DocumentKind, Double> scores) {
        Map<String, Integer> seenInBody = new HashMap<>();
        Set<String> seenInTitle = new HashSet<>();
        boolean firstTitle = true;
        int nonBlank = 0;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            for (Hit hit : words.find(line.folded())) {
                boolean title = allTitles || nonBlank <= titleLines || startsShortLine(line, hit);
                String phrase = line.folded().substring(hit.start(), hit.end());
                if (title ? !seenInTitle.add(phrase) : seenInBody.merge(phrase, 1, Integer::sum) > BODY_REPEATS) {
                    continue;
                }
                double weight = hit.weight();
                if (title) {
                    weight *= TITLE_FACTOR * (capitals(line.text().substring(hit.start(), hit.end())) ? CAPITALS : 1)
                            * (firstTitle ? FIRST_TITLE : 1);
                    firstTitle = false;
                }
                scores.merge(DocumentKind.valueOf(hit.group()), weight, Double::sum);
            }
        }
    }

    /** "FACTURE", "BON DE LIVRAISON": a title set in capitals (scripts without case never are). */
    private static boolean capitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) || (Character.isLetter(c) && !Character.isUpperCase(c))) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** "facture_F2025-017.pdf", "BL-123.pdf": words and abbreviations, letters split from digits. */
    private void fileName(String filename, Map<DocumentKind, Double> scores) {
        if (filename == null || filename.isBlank()) {
            return;
        }
        String spaced = filename.replaceAll("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ")
                .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
                .replaceAll("[_\\-.+()\\[\\]]", " ");
        String folded = InvoiceText.fold(InvoiceText.normalize(spaced));
        List<Hit> phrases = words.find(folded);
        List<Hit> hits = new ArrayList<>(phrases);
        for (Hit abbreviation : fileWords.find(folded)) {
            if (phrases.stream().noneMatch(p -> p.start() < abbreviation.end() && abbreviation.start() < p.end())) {
                hits.add(abbreviation); // "delivery" inside "proof of delivery" is not a second piece of evidence
            }
        }
        for (Hit hit : hits) {
            scores.merge(DocumentKind.valueOf(hit.group()), hit.weight() * FILE_FACTOR, Double::sum);
        }
    }

    /** An e-mail is correspondence, unless it is plainly a reminder (its subject or body says so strongly). */
    private static Kind mail(Map<DocumentKind, Double> scores) {
        Kind best = best(scores);
        double reminder = scores.getOrDefault(DocumentKind.REMINDER, 0.0);
        if (best.kind() == DocumentKind.REMINDER && reminder >= MAIL_REMINDER) {
            return best;
        }
        double correspondence = scores.getOrDefault(DocumentKind.CORRESPONDENCE, 0.0);
        return new Kind(DocumentKind.CORRESPONDENCE, round(Math.min(0.95, 0.8 + correspondence / 50)));
    }

    private static Kind best(Map<DocumentKind, Double> scores) {
        DocumentKind best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<DocumentKind, Double> e : scores.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || top < MIN_EVIDENCE) {
            return new Kind(DocumentKind.OTHER, 0.2); // nothing recognisable: an agent should look
        }
        double evidence = 1 - Math.exp(-top / 6);
        double lead = (top - second) / top;
        return new Kind(best, round(Math.min(0.95, 0.5 * evidence + 0.5 * lead)));
    }

    private static boolean startsShortLine(Line line, Hit hit) {
        return line.text().trim().length() <= SHORT_LINE && line.folded().substring(0, hit.start()).isBlank();
    }

    private static Line line(String text) {
        String normalized = InvoiceText.normalize(text);
        return new Line(0, normalized, InvoiceText.fold(normalized));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
