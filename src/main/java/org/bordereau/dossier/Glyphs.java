package org.bordereau.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Measuring, wrapping and drawing text with an embedded font, never failing on a missing glyph. */
final class Glyphs {
    static final char MISSING = '?';

    private Glyphs() {}

    /**
     * The text with tabs as spaces, control characters dropped, and characters the font has no glyph
     * for replaced by {@value #MISSING} (the original is attached, so nothing is lost).
     */
    static String printable(PDType0Font font, String text) {
        CmapLookup cmap = font.getCmapLookup();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(c) || c == 0xFEFF) {
                // dropped: no glyph should stand for a control character
            } else if (cmap.getGlyphId(c) > 0) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Greedy word wrap; a word wider than the line is cut. {@code text} must be {@link #printable}. */
    static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(cut(font, size, word, maxWidth, lines));
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Adds to {@code lines} the full-width pieces of a word wider than the line and returns what is left.
     * One pass adding each character's width (the font's widths have no kerning, so they add up): a
     * base64 attachment in an XML invoice is one "word" of megabytes, which re-measuring every prefix
     * turned into hours of work.
     */
    private static String cut(PDType0Font font, float size, String word, float maxWidth, List<String> lines)
            throws IOException {
        int start = 0;
        float used = 0;
        for (int i = 0; i < word.length(); ) {
            int next = i + Character.charCount(word.codePointAt(i));
            float w = width(font, size, word.substring(i, next));
            if (used + w > maxWidth && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
            i = next;
        }
        return word.substring(start);
    }

    /** Draws one line at (x, y) in visual order (Arabic shaped and reordered). */
    static void show(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(ArabicText.visual(text));
        content.endText();
    }
}
