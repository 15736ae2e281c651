package org.bordereau.dossier;

import java.text.Bidi;

/**
 * Arabic for PDFBox, which draws glyphs as given: letters are replaced by their contextual
 * presentation forms (Unicode Presentation Forms-B, which Amiri maps) and the line is put in visual
 * order (Unicode bidi, digits and Latin kept left to right). Enough for labels, headers and short
 * lines; long Arabic documents go through FOP, which shapes with the font's own tables.
 */
final class ArabicText {
    /** Forms per letter from U+0621 to U+064A: 0 not a letter, 1 isolated only, 2 right-joining, 4 dual-joining. */
    private static final int[] FORMS = {
        1, // 0621 hamza
        2, 2, 2, 2, 4, 2, 4, 2, // 0622-0629 alef forms, yeh hamza, alef, beh, teh marbuta
        4, 4, 4, 4, 4, // 062A-062E teh … khah
        2, 2, 2, 2, // 062F-0632 dal, thal, reh, zain
        4, 4, 4, 4, 4, 4, 4, 4, // 0633-063A seen … ghain
        0, 0, 0, 0, 0, 0, // 063B-0640 (0640 tatweel handled apart)
        4, 4, 4, 4, 4, 4, 4, 2, 2, 4 // 0641-064A
    };
    private static final int[] FIRST_FORM = new int[FORMS.length];

    static {
        int next = 0xFE80;
        for (int i = 0; i < FORMS.length; i++) {
            FIRST_FORM[i] = FORMS[i] == 0 ? 0 : next;
            next += FORMS[i];
        }
    }

    private ArabicText() {}

    static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    /** The line as it must be drawn left to right. */
    static String visual(String logical) {
        if (!isArabic(logical)) {
            return logical;
        }
        String shaped = shape(logical);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = shaped.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            texts[r] = levels[r] % 2 == 1 ? mirrored(new StringBuilder(run).reverse().toString()) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    private static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int forms = forms(c);
            if (forms == 0) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsForward(text, previousLetter(text, i));
            if (c == '\u0644') {
                int alef = nextLetter(text, i);
                int ligature = alef < 0 ? 0 : lamAlef(text.charAt(alef));
                if (ligature != 0) {
                    out.append((char) (ligature + (joinsBefore ? 1 : 0)));
                    i = alef;
                    continue;
                }
            }
            int after = nextLetter(text, i);
            boolean joinsAfter = forms == 4 && after >= 0 && forms(text.charAt(after)) >= 2
                    || forms == 4 && after >= 0 && text.charAt(after) == '\u0640';
            out.append(form(c, joinsBefore, joinsAfter));
        }
        return out.toString();
    }

    private static char form(char c, boolean joinsBefore, boolean joinsAfter) {
        int first = FIRST_FORM[c - 0x0621];
        int forms = FORMS[c - 0x0621];
        if (forms == 1) {
            return (char) first;
        }
        if (forms == 2) {
            return (char) (first + (joinsBefore ? 1 : 0));
        }
        int offset = joinsBefore && joinsAfter ? 3 : joinsAfter ? 2 : joinsBefore ? 1 : 0;
        return (char) (first + offset);
    }

    private static int forms(char c) {
        if (c == '\u0640') {
            return 0;
        }
        return c >= 0x0621 && c <= 0x064A ? FORMS[c - 0x0621] : 0;
    }

    /** Whether the letter at {@code index} links to the next one (dual-joining letters and tatweel do). */
    private static boolean joinsForward(String text, int index) {
        return index >= 0 && (forms(text.charAt(index)) == 4 || text.charAt(index) == '\u0640');
    }

    private static int lamAlef(char c) {
        switch (c) {
            case '\u0622':
                return 0xFEF5;
            case '\u0623':
                return 0xFEF7;
            case '\u0625':
                return 0xFEF9;
            case '\u0627':
                return 0xFEFB;
            default:
                return 0;
        }
    }

    /** Diacritics (harakat) are transparent to joining. */
    private static boolean transparent(char c) {
        return c >= 0x064B && c <= 0x065F || c == 0x0670;
    }

    private static int previousLetter(String text, int i) {
        int j = i - 1;
        while (j >= 0 && transparent(text.charAt(j))) {
            j--;
        }
        return j;
    }

    private static int nextLetter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && transparent(text.charAt(j))) {
            j++;
        }
        return j < text.length() ? j : -1;
    }

    private static String mirrored(String run) {
        StringBuilder b = new StringBuilder(run.length());
        for (char c : run.toCharArray()) {
            b.append(Character.isMirrored(c) ? mirror(c) : c);
        }
        return b.toString();
    }

    private static char mirror(char c) {
        switch (c) {
            case '(': return ')';
            case ')': return '(';
            case '[': return ']';
            case ']': return '[';
            case '«': return '»';
            case '»': return '«';
            case '<': return '>';
            case '>': return '<';
            default: return c;
        }
    }
}
