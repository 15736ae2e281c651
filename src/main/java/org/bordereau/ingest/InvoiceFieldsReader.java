package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;

/**
 * Reads the value printed after each label of an invoice: the candidates of every field, before
 * they are weighed against each other. The value of a label is looked for between it and the next
 * label on the line ("Total HT 1 000,00 TVA 200,00"); a label alone on its line takes the values of
 * the next line when they line up one for one (a header row over a value row); an Arabic label
 * may also have its value before it (visual-order text).
 */
final class InvoiceFieldsReader {
    static final Set<String> AMOUNT_FIELDS = Set.of("totalAmount", "netAmount", "taxAmount", "amountDue",
            "prepaidAmount");
    static final Set<String> DATE_FIELDS = Set.of("issueDate", "dueDate");
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String CURRENCY = "currency";
    private static final Set<String> VALUE_FIELDS = Set.of("totalAmount", "netAmount", "taxAmount", "amountDue",
            "prepaidAmount", "issueDate", "dueDate", INVOICE_NUMBER, CURRENCY);

    /** Words between a label and its value that do not stop the value from being the label's. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^[\\s:#.=*\\-]*(?:(?:no|n|nr|num|numero|number|ref|رقم|عدد)(?![\\p{L}])[\\s:#.=*\\-]*)?");
    private static final Pattern ID_TOKEN = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/_.]{0,29}");
    private static final Pattern DATED = Pattern.compile("^\\s*(?:du|dated|of|en date du|le|بتاريخ)\\s+");
    private static final Pattern ISO_CODE = Pattern.compile("(?<![\\p{L}])([A-Z]{3})(?![\\p{L}])");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s:.\\-#()=*/|]+");
    private static final Pattern RATE = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,2})?\\s?%");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_GAP = 30;
    private static final String STOP = "stop";

    /** One value read for one field, with the weight of its label. {@code currency} is for amounts, or null. */
    record Candidate(String field, String value, double weight, int line, String currency) {}

    private final List<Line> lines;
    private final List<List<Hit>> hits;
    private final boolean monthFirst;
    private final boolean orderProven;
    private final List<Candidate> out = new ArrayList<>();

    InvoiceFieldsReader(List<Line> lines, List<List<Hit>> hits, boolean monthFirst, boolean orderProven) {
        this.lines = lines;
        this.hits = hits;
        this.monthFirst = monthFirst;
        this.orderProven = orderProven;
    }

    List<Candidate> read() {
        for (int i = 0; i < lines.size(); i++) {
            readLine(i);
        }
        return List.copyOf(out);
    }

    static boolean isValueField(String group) {
        return VALUE_FIELDS.contains(group);
    }

    private void readLine(int i) {
        Line line = lines.get(i);
        List<Hit> hs = hits.get(i);
        List<Hit> waiting = new ArrayList<>();
        double carried = 0;
        for (int j = 0; j < hs.size(); j++) {
            Hit hit = withWeight(hs.get(j), carried);
            carried = 0;
            if (!isValueField(hit.group())) {
                continue;
            }
            int end = j + 1 < hs.size() ? hs.get(j + 1).start() : line.text().length();
            String region = line.text().substring(hit.end(), end);
            if (isEmpty(region) && j + 1 < hs.size() && hs.get(j + 1).group().equals(hit.group())) {
                carried = hit.weight(); // "Total TTC / المجموع : 12 000,00": one value, two languages
                continue;
            }
            boolean read = readValue(hit, region, i, 0);
            if (!read && hit.arabic()) {
                int start = j > 0 ? hs.get(j - 1).end() : 0;
                read = readValue(hit, line.text().substring(start, hit.start()), i, 0.05);
            }
            if (!read && isEmpty(region)) {
                waiting.add(hit);
            }
        }
        if (waiting.size() == 1 && waiting.get(0).group().equals(INVOICE_NUMBER)) {
            readNumberBelow(i, waiting.get(0));
        } else if (!waiting.isEmpty()) {
            readBelow(i, columns(i, waiting));
        }
        readPlaceAndDate(i);
    }

    /**
     * The columns of a header row: the labels waiting for a value, and between them the labels of
     * other things that also stand alone ("Date de facture | Code client | Échéance"), whose values
     * the row below holds too and must be skipped, not shifted onto the next label.
     */
    private List<Hit> columns(int i, List<Hit> waiting) {
        List<Hit> hs = hits.get(i);
        List<Hit> columns = new ArrayList<>();
        for (int j = 0; j < hs.size(); j++) {
            Hit h = hs.get(j);
            int end = j + 1 < hs.size() ? hs.get(j + 1).start() : lines.get(i).text().length();
            boolean alone = isEmpty(lines.get(i).text().substring(h.end(), end));
            if (waiting.contains(h) || (h.group().equals(STOP) && alone)) {
                columns.add(h);
            }
        }
        return columns;
    }

    /**
     * "Casablanca, le 12/06/2024", "Meknès le : 15/04/2024": a place, then the date the letter was
     * written. Not "Payable le…" (a label of its own) nor "Livrée le…" (a past participle is no place).
     */
    private void readPlaceAndDate(int i) {
        String text = lines.get(i).text();
        int end = InvoiceFieldsRow.placeBeforeDate(text);
        if (end > 0 && hits.get(i).stream().noneMatch(h -> h.start() < end && !h.group().equals("issueDate"))) {
            readDate("issueDate", 0.7, text.substring(end), i);
        }
    }

    private static Hit withWeight(Hit hit, double carried) {
        return carried > hit.weight() ? new Hit(hit.group(), carried, hit.start(), hit.end(), hit.arabic()) : hit;
    }

    /**
     * "FACTURE" alone on its line, then "N° F2025-017" on the next: the number is the invoice's. A
     * line holding nothing but one reference of letters and digits ("FV240987") is taken too, a bare
     * integer is not (a page or customer number looks the same). One blank line may separate them.
     */
    private void readNumberBelow(int i, Hit title) {
        int k = i + 1;
        if (k + 1 < lines.size() && lines.get(k).isBlank()) {
            k++;
        }
        if (k >= lines.size() || !hits.get(k).isEmpty() && hits.get(k).stream().anyMatch(h -> isValueField(h.group()))) {
            return;
        }
        Line next = lines.get(k);
        int at = k;
        Matcher prefix = NUMBER_PREFIX.matcher(next.folded());
        if (prefix.lookingAt() && prefix.group().matches(".*\\p{L}.*|.*#.*")) {
            invoiceNumber(next.text(), false)
                    .ifPresent(number -> out.add(new Candidate(INVOICE_NUMBER, number, title.weight() + 0.2, at, null)));
        } else if (InvoiceFieldsRow.isBareReference(next.text())) {
            out.add(new Candidate(INVOICE_NUMBER, next.text().strip(), title.weight() + 0.1, at, null));
        }
    }

    private boolean readValue(Hit hit, String region, int line, double penalty) {
        String field = hit.group();
        if (AMOUNT_FIELDS.contains(field)) {
            return readAmount(hit, region, line, penalty);
        }
        if (DATE_FIELDS.contains(field)) {
            return readDate(field, hit.weight() - penalty, region, line);
        }
        if (field.equals(INVOICE_NUMBER)) {
            return readInvoiceNumber(hit, region, line);
        }
        return readCurrency(hit, region, line);
    }

    private boolean readAmount(Hit hit, String region, int line, double penalty) {
        List<Amounts.Money> found = Amounts.find(region);
        if (found.isEmpty()) {
            return false;
        }
        // a tax line often shows rate and base before the tax itself: "TVA 20 % sur 1 000,00 : 200,00"
        Amounts.Money money = hit.group().equals("taxAmount") ? found.get(found.size() - 1) : found.get(0);
        if (gap(region, money.start()) > MAX_GAP && !hit.arabic()) {
            return false;
        }
        double weight = hit.weight() - penalty - (found.size() > 1 ? 0.15 : 0);
        out.add(new Candidate(hit.group(), Amounts.plain(money.value()), weight, line, money.currency()));
        return true;
    }

    private boolean readDate(String field, double weight, String region, int line) {
        List<Dates.Found> found = Dates.find(InvoiceText.fold(region), monthFirst);
        if (found.isEmpty() || gap(region, found.get(0).start()) > MAX_GAP) {
            return false;
        }
        Dates.Found date = found.get(0);
        double w = date.ambiguous() && !orderProven ? weight - 0.2 : weight;
        out.add(new Candidate(field, date.date().toString(), w, line, null));
        return true;
    }

    private boolean readInvoiceNumber(Hit hit, String region, int line) {
        Optional<String> number = invoiceNumber(region, hit.weight() < 0.7);
        if (number.isEmpty()) {
            return false;
        }
        out.add(new Candidate(INVOICE_NUMBER, number.get(), hit.weight(), line, null));
        String folded = InvoiceText.fold(region);
        int after = folded.indexOf(InvoiceText.fold(number.get())) + number.get().length();
        Matcher dated = DATED.matcher(folded.substring(after));
        if (dated.lookingAt()) {
            readDate("issueDate", 0.8, region.substring(after + dated.end()), line);
        }
        return true;
    }

    /**
     * The invoice number at the start of a label's value: letters, digits, dashes, slashes, at least
     * one digit. After a generic label ("Facture", "Invoice") it must follow at once and be 3+ long.
     */
    static Optional<String> invoiceNumber(String region, boolean generic) {
        String folded = InvoiceText.fold(region);
        Matcher prefix = NUMBER_PREFIX.matcher(folded);
        int skip = prefix.lookingAt() ? prefix.end() : 0;
        Matcher token = ID_TOKEN.matcher(region.substring(skip));
        if (!token.lookingAt()) {
            return Optional.empty();
        }
        String number = token.group().replaceAll("[\\-/_.]+$", "");
        boolean hasDigit = number.chars().anyMatch(Character::isDigit);
        boolean isDate = !Dates.find(InvoiceText.fold(number), false).isEmpty();
        if (!hasDigit || isDate || (generic && number.length() < 3)) {
            return Optional.empty();
        }
        return Optional.of(number);
    }

    private boolean readCurrency(Hit hit, String region, int line) {
        List<String> marks = Amounts.currencies(InvoiceText.fold(region));
        Matcher iso = ISO_CODE.matcher(region);
        String code = !marks.isEmpty() ? marks.get(0) : iso.find() && isCurrency(iso.group(1)) ? iso.group(1) : null;
        if (code == null) {
            return false;
        }
        out.add(new Candidate(CURRENCY, code, hit.weight(), line, code));
        return true;
    }

    /**
     * Labels with nothing after them take the values of the next non-blank line, one for one and
     * of matching types, when that line holds values only (a header row over a value row).
     */
    private void readBelow(int i, List<Hit> waiting) {
        int k = i + 1;
        while (k < lines.size() && k <= i + 2 && lines.get(k).isBlank()) {
            k++;
        }
        if (k >= lines.size() || k > i + 2 || hits.get(k).stream().anyMatch(h -> isValueField(h.group()))) {
            return;
        }
        List<InvoiceFieldsRow.Token> tokens = InvoiceFieldsRow.tokens(lines.get(k).text(), monthFirst).orElse(List.of());
        if (tokens.size() != waiting.size()) {
            return;
        }
        for (int j = 0; j < tokens.size(); j++) {
            if (!waiting.get(j).group().equals(STOP) && !tokens.get(j).fits(waiting.get(j).group())) {
                return;
            }
        }
        // beside the invoice number, a bare "Date" column is the invoice's date
        boolean invoiceRow = waiting.stream().anyMatch(h -> h.group().equals(INVOICE_NUMBER) && h.weight() >= 0.9);
        for (int j = 0; j < tokens.size(); j++) {
            Hit hit = waiting.get(j);
            if (hit.group().equals(STOP)) {
                continue;
            }
            InvoiceFieldsRow.Token token = tokens.get(j);
            double weight = invoiceRow && hit.group().equals("issueDate") ? Math.max(hit.weight(), 0.85) : hit.weight();
            out.add(new Candidate(hit.group(), token.valueFor(hit.group()), weight - 0.05, k, token.currency()));
        }
    }

    /** How much text separates a label from its value; column padding counts as one space. */
    private static int gap(String region, int valueStart) {
        return WHITESPACE.matcher(region.substring(0, valueStart)).replaceAll(" ").length();
    }

    /** Nothing but punctuation, currency marks and a rate: "Net à payer :", "Total TTC (EUR)", "TVA 20 %". */
    private static boolean isEmpty(String region) {
        String rest = RATE.matcher(Amounts.withoutCurrencies(InvoiceText.fold(region))).replaceAll("");
        return PUNCTUATION.matcher(rest).replaceAll("").isEmpty();
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
