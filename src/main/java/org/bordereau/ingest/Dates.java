package org.bordereau.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as invoices write them, read from folded text ({@link InvoiceText#fold}): numeric
 * ({@code 31/01/2025}, {@code 31.01.25}, {@code 2025-01-31}) and written in French, English or
 * Arabic ({@code 1er février 2025}, {@code January 31, 2025}, {@code 31 Jan 2025}, {@code 31 يناير 2025}).
 * A numeric date whose day and month could be swapped ({@code 03/04/2025}) is read in the order the
 * caller gives and flagged ambiguous.
 */
final class Dates {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    /** Month names, folded; Moroccan Arabic names (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) beside the Middle-Eastern ones. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("decembre", 12), Map.entry("december", 12), Map.entry("dec", 12),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("ماي", 5), Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6),
            Map.entry("يوليوز", 7), Map.entry("يوليو", 7), Map.entry("غشت", 8), Map.entry("اغسطس", 8),
            Map.entry("شتنبر", 9), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نونبر", 11),
            Map.entry("نوفمبر", 11), Map.entry("دجنبر", 12), Map.entry("ديسمبر", 12));

    private static final String MONTH = monthAlternation();
    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{N}./\\-])";
    private static final String NOT_AFTER = "(?![\\p{L}\\p{N}]|[./\\-]\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            NOT_BEFORE + "(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})" + NOT_AFTER);
    private static final Pattern ISO = Pattern.compile(
            NOT_BEFORE + "(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?:(?=t\\d)|" + NOT_AFTER + ")");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            NOT_BEFORE + "(\\d{1,2})(?:er|st|nd|rd|th)?[\\s\\-]*(?:de\\s+)?(" + MONTH + ")\\.?[\\s\\-,]*(?:de\\s+)?(\\d{4})"
                    + NOT_AFTER);
    private static final Pattern NAME_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH + ")\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + NOT_AFTER);
    /** Year first with a month name: how a reversed (visual-order) Arabic date reads. */
    private static final Pattern YEAR_NAME_DAY = Pattern.compile(
            NOT_BEFORE + "(\\d{4})\\s+(" + MONTH + ")\\s+(\\d{1,2})" + NOT_AFTER);

    /** Words only a French invoice prints (folded): its title, due date, tax, amounts excluding tax. */
    private static final Pattern FRENCH_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:facture|echeance|montant|hors taxes?|ttc|reglement|tva)(?![\\p{L}])");

    /** A date found in a text: where it is, and whether day and month could have been swapped. */
    record Found(LocalDate date, int start, int end, boolean ambiguous) {}

    private Dates() {}

    /** All dates in {@code folded}, in text order; {@code monthFirst} decides {@code 03/04/2025}. */
    static List<Found> find(String folded, boolean monthFirst) {
        List<Found> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(folded);
        while (m.find()) {
            numeric(m, monthFirst, found);
        }
        m = ISO.matcher(folded);
        while (m.find()) {
            add(found, date(num(m, 1), num(m, 3), num(m, 4)), m, false);
        }
        m = DAY_NAME_YEAR.matcher(folded);
        while (m.find()) {
            add(found, date(num(m, 3), MONTHS.get(m.group(2)), num(m, 1)), m, false);
        }
        m = NAME_DAY_YEAR.matcher(folded);
        while (m.find()) {
            add(found, date(num(m, 3), MONTHS.get(m.group(1)), num(m, 2)), m, false);
        }
        m = YEAR_NAME_DAY.matcher(folded);
        while (m.find()) {
            add(found, date(num(m, 1), MONTHS.get(m.group(2)), num(m, 3)), m, false);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return dropOverlaps(found);
    }

    /** {@code text} with every date blanked out (same length), so its digits are not read as amounts. */
    static String mask(String folded) {
        char[] chars = folded.toCharArray();
        for (Found f : find(folded, false)) {
            for (int i = f.start(); i < f.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Day-first or month-first for a whole document: a date with a first number above 12 proves
     * day-first, one with a second number above 12 proves month-first; empty when nothing proves
     * either, or when the document has both.
     */
    static Optional<Boolean> provenMonthFirst(String folded) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = DAY_MONTH_YEAR.matcher(folded);
        while (m.find()) {
            int a = num(m, 1);
            int b = num(m, 3);
            dayFirst |= a > 12 && a <= 31 && b <= 12;
            monthFirst |= b > 12 && b <= 31 && a <= 12;
        }
        return dayFirst == monthFirst ? Optional.empty() : Optional.of(monthFirst);
    }

    /**
     * French and Arabic never write the month first: a document in either language is day-first even
     * when none of its dates proves it ("03/04/2025" is the 3rd of April in Casablanca and Paris).
     */
    static Optional<Boolean> dayFirstByLanguage(String folded) {
        boolean french = FRENCH_WORDS.matcher(folded).find();
        return french || InvoiceText.containsArabic(folded) ? Optional.of(false) : Optional.empty();
    }

    private static void numeric(Matcher m, boolean monthFirst, List<Found> found) {
        int a = num(m, 1);
        int b = num(m, 3);
        int year = year(m.group(4));
        boolean ambiguous = a <= 12 && b <= 12 && a != b;
        boolean swap = b > 12 || (ambiguous && monthFirst);
        add(found, swap ? date(year, a, b) : date(year, b, a), m, ambiguous);
    }

    private static void add(List<Found> found, LocalDate date, Matcher m, boolean ambiguous) {
        if (date != null) {
            found.add(new Found(date, m.start(), m.end(), ambiguous));
        }
    }

    private static List<Found> dropOverlaps(List<Found> sorted) {
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static LocalDate date(int year, Integer month, int day) {
        if (month == null || year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31/02, 00/01: not a date, whatever it looks like
        }
    }

    /** Two-digit years are this century's: invoices from the 1900s are not recovered any more. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String monthAlternation() {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", names);
    }
}
