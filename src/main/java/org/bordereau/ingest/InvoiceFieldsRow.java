package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    private InvoiceFieldsRow() {}

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
