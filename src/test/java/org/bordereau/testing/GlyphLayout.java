package org.bordereau.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs a page prints, read back with PDFBox, to check a layout the way a reader sees it: text that
 * runs out of its table column is printed over the next column's text, which no text comparison notices.
 * Used by the dossier's audit page, and with {@link PrintedTable} by the statement's and the letters' tables.
 */
public final class GlyphLayout {
    /** Rounding of glyph boxes (font widths, kerning) that is not a layout fault. */
    public static final float TOLERANCE = 0.5f;

    private GlyphLayout() {}

    /** One printed glyph: its box in page space (y from the top), its text and the text-showing operator it came from. */
    public record Glyph(String text, float x, float width, float baseline, float size, boolean monospaced, int run) {
        /** Ascent and descent as a share of the font size: enough for Latin, Arabic and digits alike. */
        public float top() {
            return baseline - 0.75f * size;
        }

        public float bottom() {
            return baseline + 0.2f * size;
        }

        public float right() {
            return x + width;
        }

        /** Arabic letters and combining marks: they join and stack, so their boxes overlap by design. */
        public boolean arabic() {
            return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    || Character.getType(c) == Character.NON_SPACING_MARK);
        }

        @Override
        public String toString() {
            return "'" + text + "' at x " + x + "–" + right() + ", y " + baseline + ", " + size + " pt";
        }
    }

    /** The visible glyphs of a page (0-based), the runs (each Tj/TJ) numbered in the order they are shown. */
    public static List<Glyph> of(PDDocument document, int page) throws IOException {
        Collector collector = new Collector();
        collector.setStartPage(page + 1);
        collector.setEndPage(page + 1);
        collector.getText(document);
        return collector.glyphs;
    }

    /**
     * Pairs of glyphs from different text runs whose boxes intersect: a cell's text running into the next
     * column. Not counted: glyphs of one run, a kerned pair (a run may end at a kern; the boxes of "A" and
     * "T" then overlap by up to a quarter of the font size), and Arabic letters and marks, which join.
     */
    public static List<String> overlaps(List<Glyph> glyphs) {
        return overlapping(glyphs.stream().filter(g -> !g.arabic()).toList());
    }

    /**
     * As {@link #overlaps}, Arabic letters included: combining marks (vowels, shadda) are left out, as they
     * sit on their letter, and so are the shaped forms FOP cannot map back to a character (read back as
     * Private Use Area characters), which Amiri may set over the letter beside them (by 2.9 pt at 10 pt in
     * "أداؤكم"). Other joined letters touch without overlapping more than a kerned pair, so a header of one
     * column printed into the next one is found.
     */
    public static List<String> overlapsWithArabicLetters(List<Glyph> glyphs) {
        return overlapping(glyphs.stream()
                .filter(g -> g.text().codePoints().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.PRIVATE_USE))
                .toList());
    }

    private static List<String> overlapping(List<Glyph> glyphs) {
        List<String> found = new ArrayList<>();
        List<Glyph> byX = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
        for (int i = 0; i < byX.size(); i++) {
            Glyph a = byX.get(i);
            for (int j = i + 1; j < byX.size() && byX.get(j).x() < a.right() - TOLERANCE; j++) {
                Glyph b = byX.get(j);
                float overlap = Math.min(a.right(), b.right()) - b.x();
                if (a.run() != b.run() && overlap > Math.max(TOLERANCE, 0.25f * Math.min(a.size(), b.size()))
                        && a.top() < b.bottom() - TOLERANCE && b.top() < a.bottom() - TOLERANCE) {
                    found.add(a + " / " + b);
                }
            }
        }
        return found;
    }

    /** A failure's first items and how many there are, not thousands of glyphs. */
    public static List<String> firstOf(List<?> faults) {
        List<String> first = new ArrayList<>(faults.stream().limit(8).map(String::valueOf).toList());
        if (faults.size() > first.size()) {
            first.add("… " + faults.size() + " in all");
        }
        return first;
    }

    /** Collects a page's visible glyphs, numbering the runs they are shown by. */
    private static final class Collector extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private int run;

        @Override
        public void showTextString(byte[] string) throws IOException {
            run++;
            super.showTextString(string);
        }

        @Override
        public void showTextStrings(COSArray array) throws IOException {
            run++;
            super.showTextStrings(array);
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            if (!p.getUnicode().isBlank()) {
                glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(),
                        p.getFontSizeInPt(), p.getFont().getName().contains("Mono"), run));
            }
        }
    }
}
