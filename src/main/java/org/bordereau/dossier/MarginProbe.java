package org.bordereau.dossier;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Whether a page paints anything inside a rectangle (the stamp band, in the page's own coordinates):
 * visible glyphs, images, filled or stroked paths, shadings. White fills (the page background many
 * tools draw) and invisible text (OCR layers) do not count. Stops at the first hit.
 */
final class MarginProbe extends PDFGraphicsStreamEngine {
    private final Rectangle2D band;
    private final GeneralPath path = new GeneralPath();
    private boolean hit;

    private MarginProbe(PDPage page, Rectangle2D band) {
        super(page);
        this.band = band;
    }

    static boolean paints(PDPage page, Rectangle2D band) throws IOException {
        MarginProbe probe = new MarginProbe(page, band);
        try {
            probe.processPage(page);
        } catch (Found found) {
            return true;
        }
        return probe.hit;
    }

    /** Ends the walk through the content stream as soon as the answer is known. */
    private static final class Found extends IOException {
        Found() {
            super(null, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * PDFBox logs and swallows an exception thrown under a {@code Do} operator (an image or a form drawn
     * from the resources): the early stop would become a warning per scanned page and the walk would go on.
     */
    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        if (e instanceof Found) {
            throw e;
        }
        super.operatorException(operator, operands, e);
    }

    private void check(Rectangle2D painted) throws Found {
        // a hairline has no area: give every mark half a point around it
        Rectangle2D mark = new Rectangle2D.Double(painted.getX() - 0.5, painted.getY() - 0.5,
                painted.getWidth() + 1, painted.getHeight() + 1);
        if (mark.intersects(band)) {
            hit = true;
            throw new Found();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return;
        }
        Point2D.Float low = trm.transformPoint(0, -0.2f);
        Point2D.Float high = trm.transformPoint(displacement.getX(), 0.9f);
        Rectangle2D glyph = new Rectangle2D.Float(low.x, low.y, 0, 0);
        glyph.add(high);
        check(glyph);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D image = new Rectangle2D.Float(ctm.getTranslateX(), ctm.getTranslateY(), 0, 0);
        image.add(ctm.transformPoint(1, 0));
        image.add(ctm.transformPoint(0, 1));
        image.add(ctm.transformPoint(1, 1));
        check(image);
    }

    @Override
    public void clip(int windingRule) {
        // clipping paints nothing
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path.reset();
    }

    @Override
    public void strokePath() throws IOException {
        paint(false);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(false);
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        check(getGraphicsState().getCurrentClippingPath().getBounds2D());
    }

    private void paint(boolean fillOnly) throws IOException {
        Rectangle2D bounds = path.getBounds2D();
        path.reset();
        if (fillOnly && isWhite(getGraphicsState().getNonStrokingColor())) {
            return;
        }
        check(bounds);
    }

    private static boolean isWhite(PDColor color) {
        try {
            return color != null && color.toRGB() == 0xFFFFFF;
        } catch (IOException | UnsupportedOperationException unknown) {
            return false;
        }
    }
}
