package org.bordereau.testing;

import static org.bordereau.testing.GlyphLayout.TOLERANCE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.bordereau.testing.GlyphLayout.Glyph;

/**
 * A table of a page as a reader sees it: its header row's cells, shaded grey by {@code layout.th}
 * ({@code templates/common/layout.ftl}), give its columns, and every line printed below the header, down to
 * the next table's header, is read column by column. A text that runs out of its cell is then read in the
 * next column or across two, which no comparison of the page's text notices.
 */
public record PrintedTable(List<Cell> columns, float top, float headerBottom, float end) {
    /** The background of every table header cell: {@code #e9ecef}. */
    private static final int HEADER_SHADE = 0xE9ECEF;

    /** A header cell's box, padding included, in page space with y from the top. */
    public record Cell(float left, float top, float right, float bottom) {
        boolean holds(Glyph g) {
            return g.x() >= left - TOLERANCE && g.right() <= right + TOLERANCE;
        }
    }

    /**
     * One printed line of a table's body: the text of each column, left to right on the page (right to left
     * tables end with their first column), spaces left out; and the glyphs that are not wholly inside one
     * column.
     */
    public record Line(float baseline, List<String> cells, List<Glyph> astride) {}

    /** The tables of a page (0-based), top to bottom. */
    public static List<PrintedTable> of(PDDocument document, int page) throws IOException {
        HeaderShades shades = new HeaderShades();
        shades.processPage(document.getPage(page));
        Map<Integer, List<Cell>> rows = new TreeMap<>();
        for (Cell cell : shades.cells) {
            rows.computeIfAbsent(Math.round(cell.top()), k -> new ArrayList<>()).add(cell);
        }
        List<List<Cell>> headers = new ArrayList<>(rows.values());
        List<PrintedTable> tables = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            List<Cell> cells = headers.get(i).stream().sorted(Comparator.comparingDouble(Cell::left)).toList();
            float end = i + 1 < headers.size() ? headers.get(i + 1).get(0).top()
                    : document.getPage(page).getMediaBox().getHeight();
            tables.add(new PrintedTable(cells, cells.get(0).top(),
                    (float) cells.stream().mapToDouble(Cell::bottom).max().orElseThrow(), end));
        }
        return tables;
    }

    /** Glyphs of the header row that are not wholly inside one header cell: a header wider than its column. */
    public List<Glyph> headerGlyphsAstride(List<Glyph> glyphs) {
        return glyphs.stream()
                .filter(g -> g.baseline() > top && g.baseline() < headerBottom)
                .filter(g -> columns.stream().noneMatch(c -> c.holds(g)))
                .toList();
    }

    /** The lines printed below the header row, down to the next table, read column by column. */
    public List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> below = glyphs.stream()
                .filter(g -> g.baseline() > headerBottom && g.top() < end)
                .sorted(Comparator.comparingDouble(Glyph::baseline)).toList();
        List<Line> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : below) {
            // glyphs of one row sit on one baseline, give or take a font's rounding (Latin set inside Arabic)
            if (!line.isEmpty() && g.baseline() - line.get(0).baseline() > 1) {
                lines.add(read(line));
                line.clear();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(read(line));
        }
        return lines;
    }

    private Line read(List<Glyph> glyphs) {
        List<StringBuilder> texts = columns.stream().map(c -> new StringBuilder()).toList();
        List<Glyph> astride = new ArrayList<>();
        for (Glyph g : glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList()) {
            float centre = g.x() + g.width() / 2;
            int column = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (centre >= columns.get(i).left() && centre <= columns.get(i).right()) {
                    column = i;
                }
            }
            if (column < 0 || !columns.get(column).holds(g)) {
                astride.add(g);
            }
            if (column >= 0) {
                texts.get(column).append(withoutSpaces(g.text()));
            }
        }
        return new Line(glyphs.get(0).baseline(), texts.stream().map(StringBuilder::toString).toList(), astride);
    }

    /** Amounts group their thousands with a no-break space in French (a "." in Arabic, a "," in English). */
    public static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    /** Collects the boxes filled in the header shade; only what a fill needs is followed (colour, transform). */
    private static final class HeaderShades extends PDFStreamEngine {
        private final List<Cell> cells = new ArrayList<>();
        private final List<Cell> path = new ArrayList<>();
        private float pageHeight;

        HeaderShades() {
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new Concatenate(this));
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            pageHeight = page.getMediaBox().getHeight();
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            switch (operator.getName()) {
                case "re" -> path.add(box(operands));
                case "f", "F", "f*" -> {
                    if (isHeaderShade(getGraphicsState().getNonStrokingColor())) {
                        cells.addAll(path);
                    }
                    path.clear();
                }
                case "n", "S", "s", "B", "B*", "b", "b*" -> path.clear();
                default -> super.processOperator(operator, operands);
            }
        }

        private Cell box(List<COSBase> operands) {
            float[] v = new float[4];
            for (int i = 0; i < 4; i++) {
                v[i] = ((COSNumber) operands.get(i)).floatValue();
            }
            var ctm = getGraphicsState().getCurrentTransformationMatrix();
            var a = ctm.transformPoint(v[0], v[1]);
            var b = ctm.transformPoint(v[0] + v[2], v[1] + v[3]);
            return new Cell(Math.min(a.x, b.x), pageHeight - Math.max(a.y, b.y), Math.max(a.x, b.x),
                    pageHeight - Math.min(a.y, b.y));
        }

        private static boolean isHeaderShade(PDColor color) throws IOException {
            int rgb = color.toRGB();
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs((rgb >> shift & 0xFF) - (HEADER_SHADE >> shift & 0xFF)) > 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
