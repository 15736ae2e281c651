package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of values under a row of labels ("Montant HT   TVA   Montant TTC" over "1 000,00  200,00
 * 1 200,00"): its values in order, each typed as a date, an amount, a bare integer (an amount or an
 * invoice number) or an identifier. A row that also holds words is a table line, not a value row.
 */
final class InvoiceFieldsRow {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[:.#()=*|\\-/]+|[:.#()=*|\\-/]+$");

    /** A value of the row: its kind ("date", "amount", "integer", "id"), printed value and currency (or null). */
    record Token(String kind, String value, int start, String currency) {

        /** An integer is an amount for an amount label, and kept as printed ("0042") for a number label. */
        String valueFor(String field) {
            return kind.equals("integer") && InvoiceFieldsReader.AMOUNT_FIELDS.contains(field)
                    ? Amounts.plain(Amounts.parse(value).orElseThrow()) : value;
        }

        boolean fits(String field) {
            if (InvoiceFieldsReader.DATE_FIELDS.contains(field)) {
                return kind.equals("date");
            }
            if (InvoiceFieldsReader.AMOUNT_FIELDS.contains(field)) {
                return kind.equals("amount") || kind.equals("integer");
            }
            return field.equals(InvoiceFieldsReader.INVOICE_NUMBER) && (kind.equals("id") || kind.equals("integer"));
        }
    }

    /** A line that is one reference: letters and at least three digits, nothing else ("FV240987", "INV-0042"). */
    private static final Pattern BARE_REFERENCE = Pattern.compile(
            "\\s*(?=[^\\s]*\\p{L})(?=(?:[^\\s]*\\d){3})[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/_.]{2,29}\\s*");
    /** A place name (one to three words), an optional comma, "le", an optional colon, then the date. */
    private static final Pattern PLACE_AND_DATE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}'\\-]+(?:\\s\\p{L}[\\p{L}'\\-]+){0,2})\\s*,?\\s+le\\s*:?\\s*(?=\\d)");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)(?:é|ée|és|ées)(?![\\p{L}])");

    private InvoiceFieldsRow() {}

    /** A line that is one reference and nothing else ("FV240987"), as printed under a title. */
    static boolean isBareReference(String text) {
        return BARE_REFERENCE.matcher(text).matches();
    }

    /** Where the date starts on a "Casablanca, le 12/06/2024" line; -1 when the line is not one. */
    static int placeBeforeDate(String text) {
        Matcher m = PLACE_AND_DATE.matcher(text);
        return m.lookingAt() && !PARTICIPLE.matcher(m.group(1)).find() ? m.end() : -1;
    }

    /** The values of a normalized row, in order; empty when the row also holds words. */
    static Optional<List<Token>> tokens(String text, boolean monthFirst) {
        String folded = InvoiceText.fold(text);
        char[] rest = folded.toCharArray();
        List<Token> tokens = new ArrayList<>();
        for (Dates.Found d : Dates.find(folded, monthFirst)) {
            tokens.add(new Token("date", d.date().toString(), d.start(), null));
            blank(rest, d.start(), d.end());
        }
        for (Amounts.Money m : Amounts.find(text)) {
            String printed = folded.substring(m.start(), m.end());
            boolean integer = printed.chars().allMatch(Character::isDigit);
            String value = integer ? printed : Amounts.plain(m.value());
            tokens.add(new Token(integer ? "integer" : "amount", value, m.start(), m.currency()));
            blank(rest, m.start(), m.end());
        }
        String remaining = Amounts.withoutCurrencies(new String(rest));
        for (String chunk : WHITESPACE.split(remaining.trim())) {
            String word = EDGE_PUNCTUATION.matcher(chunk).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().noneMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int at = folded.indexOf(word);
            tokens.add(new Token("id", text.substring(at, at + word.length()), at, null));
        }
        tokens.sort(Comparator.comparingInt(Token::start));
        return Optional.of(tokens);
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            chars[i] = ' ';
        }
    }
}
