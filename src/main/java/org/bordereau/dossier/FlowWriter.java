package org.bordereau.dossier;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out top to bottom on A4 pages of a new document, starting a page when one is full. Pages
 * keep the bottom margin free for the stamp. Arabic paragraphs are set right-aligned with the Arabic
 * font; everything else with the font given.
 */
final class FlowWriter implements Closeable {
    private static final float LEFT = DossierLayout.MARGIN;
    private static final float RIGHT = DossierLayout.A4_WIDTH - DossierLayout.MARGIN;
    private static final float TOP = DossierLayout.A4_HEIGHT - DossierLayout.MARGIN;

    private final PDDocument document;
    private final PDType0Font arabic;
    private PDPageContentStream content;
    private float y;

    FlowWriter(PDDocument document, PDType0Font arabic) {
        this.document = document;
        this.arabic = arabic;
    }

    float width() {
        return RIGHT - LEFT;
    }

    /** A paragraph wrapped to the page width, or to the width after {@code indent}. */
    void paragraph(PDType0Font font, float size, float indent, String text) throws IOException {
        boolean rtl = arabic != null && ArabicText.isArabic(text);
        PDType0Font used = rtl ? arabic : font;
        String printable = Glyphs.printable(used, text);
        for (String line : Glyphs.wrap(used, size, printable, width() - indent)) {
            float leading = size * 1.3f;
            ensure(leading);
            y -= leading;
            float x = rtl ? RIGHT - Glyphs.width(used, size, line) : LEFT + indent;
            Glyphs.show(content, used, size, x, y, line);
        }
    }

    /** A label and its value on one line, the value wrapped beside the label. */
    void field(PDType0Font labelFont, PDType0Font valueFont, float size, String label, String value)
            throws IOException {
        float indent = 70f;
        ensure(size * 1.3f);
        float top = y;
        Glyphs.show(content, labelFont, size, LEFT, y - size * 1.3f, Glyphs.printable(labelFont, label));
        y = top;
        paragraph(valueFont, size, indent, value);
    }

    void gap(float height) throws IOException {
        ensure(height);
        y -= height;
    }

    void rule() throws IOException {
        ensure(8f);
        y -= 4f;
        content.setLineWidth(0.5f);
        content.moveTo(LEFT, y);
        content.lineTo(RIGHT, y);
        content.stroke();
        y -= 4f;
    }

    /** Draws on the current page (starting one if needed); {@code y} is the top of the free area. */
    PDPageContentStream page() throws IOException {
        ensure(0);
        return content;
    }

    private void ensure(float height) throws IOException {
        if (content == null || y - height < DossierLayout.BOTTOM_MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(DossierLayout.A4_WIDTH, DossierLayout.A4_HEIGHT));
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    @Override
    public void close() throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
    }
}
