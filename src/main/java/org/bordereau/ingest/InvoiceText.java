package org.bordereau.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An invoice's text made comparable. {@link #normalize} unifies what PDF text layers, OCR and
 * Arabic typesetting vary on: compatibility forms (Arabic presentation glyphs, ligatures, the
 * narrow no-break space used as French thousands separator), Arabic-Indic digits and separators,
 * dashes, quotes and invisible bidi marks. {@link #fold} then gives a same-length, lower-case,
 * accent-free view for matching labels, so a match position in the folded view is a position in
 * the normalized text.
 */
final class InvoiceText {

    private static final Pattern DIGIT_ARABIC_SEAM = Pattern.compile(
            "(?<=[0-9])(?=[\u0621-\u064A])|(?<=[\u0621-\u064A])(?=[0-9])");
    private static final Pattern CURRENCY_BEFORE_ARTICLE = Pattern.compile("(درهم|دراهم)(?=ال)");

    /** One line: its normalized text and the folded view of it (same length). */
    record Line(int index, String text, String folded) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    private InvoiceText() {}

    /** The normalized lines of the first {@code maxChars} characters of {@code raw}. */
    static List<Line> lines(String raw, int maxChars) {
        String cut = raw.length() > maxChars ? raw.substring(0, maxChars) : raw;
        String[] parts = normalize(cut).split("\n", -1);
        List<Line> lines = new ArrayList<>(parts.length);
        for (String part : parts) {
            lines.add(new Line(lines.size(), part, fold(part)));
        }
        return lines;
    }

    static String normalize(String raw) {
        return separateArabicCells(unified(raw));
    }

    /**
     * Right-to-left table cells come out of PDF text layers glued together ("7731تاريخ الاستحقاق",
     * "7.500,00 درهمالمبلغ"): no Arabic word holds a Latin digit, and none starts with the currency
     * name followed by the article "ال", so a space goes back at those seams.
     */
    private static String separateArabicCells(String text) {
        return CURRENCY_BEFORE_ARTICLE.matcher(DIGIT_ARABIC_SEAM.matcher(text).replaceAll(" ")).replaceAll("$1 ");
    }

    private static String unified(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c == '\r') {
                if (i + 1 >= nfkc.length() || nfkc.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\t') {
                out.append("  "); // a tab separates columns: keep it wider than a thousands space
            } else if (!isInvisible(c)) {
                out.append(unify(c));
            }
        }
        return out.toString();
    }

    /** Lower case, accents off, Arabic letter variants merged; one char for one char. */
    static String fold(String normalized) {
        char[] chars = normalized.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    static boolean containsArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Bidi controls, zero-width characters, soft hyphens, tatweel and Arabic short vowels carry no content here. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    private static char unify(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660')); // Arabic-Indic digits
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0')); // Extended (Persian, Urdu) digits
        }
        switch (c) {
            case '\u066B': // Arabic decimal separator
                return '.';
            case '\u066C': // Arabic thousands separator
                return ',';
            case '\u066A': // Arabic percent sign
                return '%';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            case '\u2018': case '\u2019': case '\u02BC': case '\u00B4': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u00AB': case '\u00BB':
                return '"';
            case '\f': case '\u000B': case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            default:
                return Character.isSpaceChar(c) ? ' ' : c;
        }
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u00B0': // degree sign, as in "N°"
                return 'o';
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': // alef with hamza, madda, wasla
                return '\u0627';
            case '\u0629': // teh marbuta, often typed as heh
                return '\u0647';
            case '\u0649': case '\u0626': // alef maksura and yeh with hamza, often typed as yeh
                return '\u064A';
            case '\u0624': // waw with hamza
                return '\u0648';
            default:
                break;
        }
        if (c >= '\u00C0' && c <= '\u024F') {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            return Character.toLowerCase(base.charAt(0));
        }
        return Character.toLowerCase(c);
    }
}
