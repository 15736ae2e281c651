package org.bordereau.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bordereau.cases.ExtractedField;
import org.bordereau.ingest.InvoiceFieldsReader.Candidate;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;

/**
 * The fields of DESIGN.md §5 read from an invoice's text (French, Moroccan, English and Arabic
 * layouts). Each field is the value after its label; when labels disagree the field is left out
 * (an agent can add it) rather than guessed. Confidence says how the value was found: a precise
 * label and amounts that add up near 0.95, a generic label 0.55–0.7; read by OCR, 15 % less.
 */
final class InvoiceFields {
    /** Invoices are a few pages: past this, the text is an annex or a book and only slows the search. */
    static final int MAX_CHARS = 200_000;
    /** Weights are sums of decimals: thresholds sit just under the round value they stand for. */
    private static final double ACCEPT = 0.549;
    private static final double CLEAR_LEAD = 0.099;
    private static final double OCR_FACTOR = 0.85;
    /** OCR misreads a space after the decimal comma: "1 234, 56". */
    private static final Pattern OCR_DECIMAL_SPACE = Pattern.compile("(?<=\\d,) (?=[\\dOo]{2}(?![\\p{L}\\p{N}]))");

    /** A rate as printed on a tax line: "20 %", "5,5%", "TVA 20". */
    private static final Pattern RATE = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%");
    /** Mentions that an invoice bears no VAT (folded). */
    private static final Pattern NO_VAT = Pattern.compile(
            "tva non applicable|293 ?b|exoner[ea]\\w* de (?:la )?tva|vat exempt|not subject to vat|no vat");

    private final Labels labels;

    InvoiceFields(Labels labels) {
        this.labels = labels;
    }

    /** The fields found in {@code text}; {@code source} is {@link ExtractedField#TEXT} or {@link ExtractedField#OCR}. */
    Map<String, ExtractedField> extract(String text, String source) {
        boolean ocr = ExtractedField.OCR.equals(source);
        List<Line> lines = InvoiceText.lines(ocr ? repairOcr(text) : text, MAX_CHARS);
        List<List<Hit>> hits = lines.stream().map(line -> labels.find(line.folded())).toList();
        String folded = lines.stream().map(Line::folded).collect(Collectors.joining("\n"));
        Optional<Boolean> proven = Dates.provenMonthFirst(folded).or(() -> Dates.dayFirstByLanguage(folded));
        boolean monthFirst = proven.orElseGet(() -> americanLayout(folded));
        List<Candidate> candidates = new InvoiceFieldsReader(lines, hits, monthFirst, proven.isPresent()).read();

        Map<String, Candidate> chosen = new LinkedHashMap<>();
        for (String field : List.of(InvoiceFieldsReader.INVOICE_NUMBER, "issueDate", "dueDate")) {
            pick(candidates, field).ifPresent(c -> chosen.put(field, c));
        }
        dropDueBeforeIssue(chosen);
        Map<String, AmountsTotals.Pick> amounts = new LinkedHashMap<>(AmountsTotals.resolve(candidates));
        totalWithoutVat(amounts, folded);
        if (ocr) {
            dropTaxNotMatchingItsRate(amounts, candidates, lines);
        }
        amounts.forEach((field, p) -> chosen.put(field, new Candidate(field, Amounts.plain(p.value()), p.confidence(), -1,
                p.currency())));
        currency(candidates, amounts, folded).ifPresent(c -> chosen.put(InvoiceFieldsReader.CURRENCY, c));
        for (Candidate party : InvoiceParties.read(lines, hits)) {
            chosen.put(party.field(), party);
        }
        return fields(chosen, ocr);
    }

    /** The value whose best label clearly outweighs every other value's; none if two are close. */
    static Optional<Candidate> pick(List<Candidate> candidates, String field) {
        Map<String, List<Candidate>> byValue = candidates.stream().filter(c -> c.field().equals(field))
                .collect(Collectors.groupingBy(Candidate::value, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> ranked = new ArrayList<>();
        byValue.forEach((value, same) -> {
            Candidate best = same.stream().max((a, b) -> Double.compare(a.weight(), b.weight())).orElseThrow();
            double weight = best.weight() + 0.03 * Math.min(3, same.size() - 1); // repeated on each page
            ranked.add(new Candidate(field, value, weight, best.line(), best.currency()));
        });
        ranked.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        if (ranked.isEmpty() || ranked.get(0).weight() < ACCEPT
                || (ranked.size() > 1 && ranked.get(0).weight() - ranked.get(1).weight() < CLEAR_LEAD)) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0));
    }

    /**
     * An invoice without VAT (French micro-enterprises, CGI art. 293 B: "TVA non applicable") has a
     * total that is its net: when the net and the amount payable agree and no tax is shown, that is it.
     */
    private static void totalWithoutVat(Map<String, AmountsTotals.Pick> amounts, String folded) {
        AmountsTotals.Pick net = amounts.get(AmountsTotals.NET);
        AmountsTotals.Pick due = amounts.get(AmountsTotals.DUE);
        if (amounts.containsKey(AmountsTotals.TOTAL) || amounts.containsKey(AmountsTotals.TAX) || net == null
                || due == null || net.value().compareTo(due.value()) != 0 || !NO_VAT.matcher(folded).find()) {
            return;
        }
        amounts.put(AmountsTotals.TOTAL, new AmountsTotals.Pick(net.value(), 0.8, net.currency()));
    }

    /**
     * OCR misreads a digit now and then ("512,56" for "512,50"). A tax printed beside one rate must be
     * the net at that rate to the cent; when it is not, one of the two was misread and neither is kept.
     */
    private static void dropTaxNotMatchingItsRate(Map<String, AmountsTotals.Pick> amounts, List<Candidate> candidates,
                                                  List<Line> lines) {
        AmountsTotals.Pick net = amounts.get(AmountsTotals.NET);
        AmountsTotals.Pick tax = amounts.get(AmountsTotals.TAX);
        if (net == null || tax == null) {
            return;
        }
        List<BigDecimal> rates = candidates.stream()
                .filter(c -> c.field().equals(AmountsTotals.TAX) && c.line() >= 0
                        && new BigDecimal(c.value()).compareTo(tax.value()) == 0)
                .flatMap(c -> RATE.matcher(lines.get(c.line()).text()).results())
                .map(r -> new BigDecimal(r.group(1).replace(',', '.'))).distinct().toList();
        if (rates.size() != 1) {
            return;
        }
        BigDecimal expected = net.value().multiply(rates.get(0)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        if (expected.compareTo(tax.value()) != 0) {
            amounts.remove(AmountsTotals.NET);
            amounts.remove(AmountsTotals.TAX);
        }
    }

    /** A due date before the issue date means one of them is another date: keep the issue date only. */
    private static void dropDueBeforeIssue(Map<String, Candidate> chosen) {
        Candidate issue = chosen.get("issueDate");
        Candidate due = chosen.get("dueDate");
        if (issue != null && due != null && LocalDate.parse(due.value()).isBefore(LocalDate.parse(issue.value()))) {
            chosen.remove("dueDate");
        }
    }

    /**
     * The currency printed beside the chosen totals; else after a "Devise"/"Currency" label; else
     * the one currency the document mentions (or mentions three times more than any other).
     */
    private static Optional<Candidate> currency(List<Candidate> candidates, Map<String, AmountsTotals.Pick> amounts,
                                                String folded) {
        List<String> beside = amounts.values().stream().map(AmountsTotals.Pick::currency)
                .filter(c -> c != null).distinct().toList();
        if (beside.size() == 1) {
            return Optional.of(new Candidate("currency", beside.get(0), 0.9, -1, null));
        }
        Optional<Candidate> labelled = pick(candidates, InvoiceFieldsReader.CURRENCY);
        if (labelled.isPresent() || beside.size() > 1) {
            return labelled;
        }
        Map<String, Long> counts = Amounts.currencies(folded).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        if (ranked.size() == 1) {
            return Optional.of(new Candidate("currency", ranked.get(0).getKey(), 0.8, -1, null));
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() >= 3 * ranked.get(1).getValue()) {
            return Optional.of(new Candidate("currency", ranked.get(0).getKey(), 0.6, -1, null));
        }
        return Optional.empty();
    }

    /** Month-first numeric dates only where nothing proves otherwise and the money is dollars alone. */
    private static boolean americanLayout(String folded) {
        List<String> currencies = Amounts.currencies(folded);
        return currencies.contains("USD") && !currencies.contains("EUR") && !currencies.contains("MAD")
                && !currencies.contains("GBP");
    }

    /**
     * OCR misreads inside numbers: O for 0 and l or I for 1, only right after a digit (or a digit and
     * a separator) and before another digit, separator or the number's end — never inside a word.
     */
    static String repairOcr(String text) {
        String joined = OCR_DECIMAL_SPACE.matcher(repairLetters(text)).replaceAll("");
        return repairLetters(joined);
    }

    private static String repairLetters(String text) {
        char[] chars = text.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            char c = chars[i];
            boolean letterO = c == 'O' || c == 'o';
            boolean letterOne = c == 'l' || c == 'I';
            if ((letterO || letterOne) && afterDigit(chars, i) && beforeNumberPart(chars, i + 1, letterO)) {
                chars[i] = letterO ? '0' : '1';
            }
        }
        return new String(chars);
    }

    private static boolean afterDigit(char[] chars, int i) {
        char prev = chars[i - 1];
        boolean afterSeparator = (prev == ',' || prev == '.' || prev == '/') && i >= 2 && Character.isDigit(chars[i - 2]);
        return Character.isDigit(prev) || afterSeparator || startsThousandsGroup(chars, i);
    }

    /** "1 OOO,OO": three digit-like characters after a digit and a space, then the number goes on or ends. */
    private static boolean startsThousandsGroup(char[] chars, int i) {
        if (i < 2 || chars[i - 1] != ' ' || !Character.isDigit(chars[i - 2]) || i + 3 > chars.length) {
            return false;
        }
        for (int j = i; j < i + 3; j++) {
            if (!Character.isDigit(chars[j]) && chars[j] != 'O' && chars[j] != 'o') {
                return false;
            }
        }
        return i + 3 == chars.length || !Character.isLetterOrDigit(chars[i + 3]);
    }

    private static boolean beforeNumberPart(char[] chars, int next, boolean letterO) {
        if (next >= chars.length) {
            return letterO;
        }
        char c = chars[next];
        if (Character.isDigit(c) || (letterO && (c == 'O' || c == 'o'))) {
            return true;
        }
        if ((c == ',' || c == '.' || c == '/') && next + 1 < chars.length) {
            int at = chars[next + 1] == ' ' && next + 2 < chars.length ? next + 2 : next + 1; // "2OO, OO"
            return Character.isDigit(chars[at]) || chars[at] == 'O' || chars[at] == 'o';
        }
        return letterO && !Character.isLetter(c);
    }

    private static Map<String, ExtractedField> fields(Map<String, Candidate> chosen, boolean ocr) {
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        chosen.forEach((field, c) -> {
            double confidence = Math.min(0.95, c.weight()) * (ocr ? OCR_FACTOR : 1.0);
            double rounded = BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).doubleValue();
            fields.put(field, new ExtractedField(c.value(), ocr ? ExtractedField.OCR : ExtractedField.TEXT, rounded));
        });
        return fields;
    }
}
