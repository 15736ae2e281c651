package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.GlyphLayout.TOLERANCE;
import static org.bordereau.testing.GlyphLayout.firstOf;
import static org.bordereau.testing.GlyphLayout.overlapsWithArabicLetters;
import static org.bordereau.testing.PrintedTable.withoutSpaces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bordereau.testing.GlyphLayout;
import org.bordereau.testing.GlyphLayout.Glyph;
import org.bordereau.testing.PrintedTable;
import org.bordereau.testing.PrintedTable.Line;

/**
 * What the table layout tests check on every page of a letter or a statement, read back with PDFBox: no
 * glyph printed over another (Arabic letters included), none past the side margins, none smaller than a court
 * reader is asked to read, no header wider than its column; and each invoice row printed whole, every
 * value in its own column on one line.
 */
final class TableLayoutChecks {
    /** The page margins of every document ({@code templates/common/layout.ftl}): 20 mm left and right. */
    static final float SIDE_MARGIN = 20 / 25.4f * 72;
    /** The smallest size a court reader is asked to read; only the footer's hash (monospaced) is smaller. */
    static final float SMALLEST_LEGIBLE = 7f;

    private TableLayoutChecks() {}

    /** Checks every page of the document and returns the lines printed in its tables of {@code columns} columns. */
    static List<Line> checkPagesAndReadTables(byte[] pdf, int columns) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                float right = document.getPage(page).getMediaBox().getWidth() - SIDE_MARGIN;
                List<Glyph> glyphs = GlyphLayout.of(document, page);

                assertThat(firstOf(overlapsWithArabicLetters(glyphs))).as("glyphs of page %d printed over others", page + 1).isEmpty();
                assertThat(firstOf(glyphs.stream()
                        .filter(g -> g.x() < SIDE_MARGIN - TOLERANCE || g.right() > right + TOLERANCE).toList()))
                        .as("glyphs of page %d past the side margins", page + 1).isEmpty();
                assertThat(firstOf(glyphs.stream()
                        .filter(g -> !g.monospaced() && g.size() < SMALLEST_LEGIBLE - 0.01f).toList()))
                        .as("glyphs of page %d smaller than %s pt", page + 1, SMALLEST_LEGIBLE).isEmpty();
                for (PrintedTable table : PrintedTable.of(document, page)) {
                    assertThat(firstOf(table.headerGlyphsAstride(glyphs)))
                            .as("header glyphs of page %d out of their column", page + 1).isEmpty();
                    if (table.columns().size() == columns) {
                        lines.addAll(table.lines(glyphs));
                    }
                }
            }
        }
        return lines;
    }

    /**
     * The row that begins with the invoice number reads {@code cells} column by column (reversed when the
     * table runs right to left), and none of its glyphs runs out of its column: an amount too wide for its
     * column is read in the next one, or not at all.
     */
    static void assertRowPrinted(List<Line> lines, List<String> cells, boolean rightToLeft) {
        List<String> expected = new ArrayList<>(cells.stream().map(PrintedTable::withoutSpaces).toList());
        if (rightToLeft) {
            Collections.reverse(expected);
        }
        String number = withoutSpaces(cells.get(0));
        Line row = lines.stream().filter(l -> String.join("", l.cells()).contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no table row prints invoice " + number + " on one line"));
        assertThat(row.cells()).as("the row of invoice %s, column by column", number).isEqualTo(expected);
        assertThat(firstOf(row.astride())).as("glyphs of the row of invoice %s out of their column", number).isEmpty();
    }
}
