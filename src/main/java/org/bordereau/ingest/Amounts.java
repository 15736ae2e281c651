package org.bordereau.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as invoices print it, in French, Moroccan and English notations: {@code 1 234,56 €},
 * {@code 1.234,56 DH}, {@code MAD 1,234.56}, {@code €1,234.56}, {@code 1234.56}, {@code 1'234.50}.
 * The text is already normalized ({@link InvoiceText#normalize}: no-break spaces are spaces,
 * Arabic-Indic digits are ASCII). Thousands groups must have three digits, so a quantity, a rate or
 * a phone number is not glued to the amount beside it; a number followed by {@code %} is a rate.
 */
final class Amounts {
    /** Grouped thousands (any of space, apostrophe, dot, comma) or plain digits, then up to 2 decimals. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,'])(?<![\\p{L}\\p{N}][\\-/])(-\\s?)?"
                    + "(\\d{1,3}(?:[ ',.]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)"
                    + "(?!\\d|[.,'\\-/]\\d)");
    /** Folded currency marks, longest first, and their ISO 4217 code. */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("mad", "MAD"), Map.entry("dh", "MAD"), Map.entry("dhs", "MAD"), Map.entry("dirham", "MAD"),
            Map.entry("dirhams", "MAD"), Map.entry("درهم", "MAD"), Map.entry("دراهم", "MAD"),
            Map.entry("د.م", "MAD"), Map.entry("د.م.", "MAD"), Map.entry("$", "USD"), Map.entry("usd", "USD"),
            Map.entry("us$", "USD"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("chf", "CHF"));
    private static final Pattern CURRENCY = Pattern.compile(
            "(?<!\\p{L})(us\\$|€|\\$|£|euros?|eur|mad|dhs|dh|dirhams?|دراهم|درهم|د\\.م\\.?|usd|gbp|chf)"
                    + "(?![\\p{L}])");
    /** After a number, these make it a rate, a duration or a quantity, not money. */
    private static final Pattern NOT_MONEY_AFTER = Pattern.compile(
            "^\\s?(%|‰|pct|jours?|j\\b|days?|mois|months?|ans?\\b|years?|h\\b|heures?|hours?|kg|km|pcs|x\\b|يوم|أيام)");
    /** Right-to-left text prints the percent sign first: "%20" is a rate ("20 % 1 750,00" is not). */
    private static final Pattern RATE_SIGN_BEFORE = Pattern.compile("(?<!\\d)(?<!\\d\\s)%\\s?$");
    /** Phone numbers: 0X XX XX XX XX, +212 5XX-XXXXXX, +33 1 23 45 67 89. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}])(?:\\+\\d{2,3}[\\s.]?(?:\\(0\\)\\s?)?\\d{1,3}|0\\d{1,3})(?:[\\s.\\-]?\\d{2,4}){2,4}(?!\\p{N})");

    /** An amount in a text: value, currency when printed beside it, and span. */
    record Money(BigDecimal value, String currency, int start, int end) {}

    private Amounts() {}

    /**
     * The amounts of a normalized text, in order. Dates and phone numbers are blanked out first;
     * digits glued to letters (invoice numbers, identifiers) are not amounts.
     */
    static List<Money> find(String text) {
        String folded = InvoiceText.fold(text);
        String masked = maskPhones(Dates.mask(folded));
        List<Money> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(masked);
        while (m.find()) {
            if (NOT_MONEY_AFTER.matcher(masked.substring(m.end())).find()
                    || RATE_SIGN_BEFORE.matcher(masked.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                continue;
            }
            Optional<BigDecimal> value = parse(m.group(2));
            if (value.isPresent()) {
                BigDecimal signed = m.group(1) != null ? value.get().negate() : value.get();
                found.add(new Money(signed, currencyAround(folded, m.start(), m.end()), m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * The value of a number as printed. With both separators the last one is the decimal mark; with
     * one kind, it is the decimal mark only when 1 or 2 digits follow it once; thousands groups must
     * have 3 digits. {@code 1,234} is therefore 1234 — invoices do not price in thousandths.
     */
    static Optional<BigDecimal> parse(String printed) {
        String s = printed.trim();
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int decimalAt = -1;
        if (lastDot >= 0 && lastComma >= 0) {
            decimalAt = Math.max(lastDot, lastComma);
        } else if (lastDot >= 0 || lastComma >= 0) {
            int at = Math.max(lastDot, lastComma);
            char sep = s.charAt(at);
            int digitsAfter = s.length() - at - 1;
            boolean once = s.indexOf(sep) == at;
            if (once && digitsAfter <= 2) {
                decimalAt = at;
            } else if (digitsAfter != 3) {
                return Optional.empty();
            }
        }
        String integer = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String decimals = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (!groupsOfThree(integer) || decimals.length() > 2 || !decimals.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String digits = integer.replaceAll("[ ',.]", "");
        if (digits.length() > 12 || (digits.length() > 1 && digits.startsWith("0") && integer.length() != digits.length())) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
        return Optional.of(value.scale() == 1 ? value.setScale(2) : value);
    }

    /** The ISO code of a currency mark ("€", "DH", "درهم"), folded; empty when unknown. */
    static Optional<String> currencyCode(String foldedMark) {
        return Optional.ofNullable(CURRENCIES.get(foldedMark));
    }

    /** Every currency mark in a folded text, in order, as ISO codes. */
    static List<String> currencies(String folded) {
        List<String> codes = new ArrayList<>();
        Matcher m = CURRENCY.matcher(folded);
        while (m.find()) {
            codes.add(CURRENCIES.get(m.group(1)));
        }
        return codes;
    }

    /** {@code folded} with its currency marks blanked out (same length). */
    static String withoutCurrencies(String folded) {
        Matcher m = CURRENCY.matcher(folded);
        StringBuilder out = new StringBuilder(folded);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** The amount as the fields carry it: plain digits, a dot, the printed decimals. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static boolean groupsOfThree(String integer) {
        String[] groups = integer.split("[ ',.]", -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return groups[0].length() >= 1 && (groups.length == 1 || groups[0].length() <= 3);
    }

    /** A currency mark right before (within 2 chars) or right after (within 2 chars) the number. */
    private static String currencyAround(String folded, int start, int end) {
        Matcher after = CURRENCY.matcher(folded);
        after.region(end, Math.min(folded.length(), end + 12));
        if (after.find() && folded.substring(end, after.start()).isBlank() && after.start() - end <= 2) {
            return CURRENCIES.get(after.group(1));
        }
        int from = Math.max(0, start - 12);
        Matcher before = CURRENCY.matcher(folded);
        before.region(from, start);
        String code = null;
        while (before.find()) {
            if (folded.substring(before.end(), start).replace("-", "").isBlank() && start - before.end() <= 2) {
                code = CURRENCIES.get(before.group(1));
            }
        }
        return code;
    }

    private static String maskPhones(String folded) {
        Matcher m = PHONE.matcher(folded);
        StringBuilder out = new StringBuilder(folded);
        while (m.find()) {
            if (looksLikePhone(m.group())) {
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** Ten digits or more in pairs: a telephone, not "1 200" or "12 500,00". */
    private static boolean looksLikePhone(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        return digits.length() >= 9 && digits.length() <= 14 && !candidate.contains(",");
    }
}
