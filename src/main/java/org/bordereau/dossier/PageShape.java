package org.bordereau.dossier;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;

/**
 * Makes an exhibit page what a bundle needs: portrait and upright (a landscape page is turned a
 * quarter to the left, whatever its /Rotate said), with the stamp band at the bottom free. When the
 * page's own content reaches into the band, the content is shrunk to {@value DossierLayout#SHRINK}
 * rather than covered. The page's content becomes a form XObject drawn with that transformation:
 * vector content stays vector (nothing is rasterised) and its graphics state cannot leak.
 * Annotation rectangles follow the content.
 */
final class PageShape {
    private static final COSName CONTENT = COSName.getPDFName("Exhibit");

    private PageShape() {}

    /** Reshapes {@code page} in place; {@code foreign}: its margins were not laid out by us. */
    static void normalize(PDDocument document, PDPage page, boolean foreign) throws IOException {
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        float w = crop.getWidth();
        float h = crop.getHeight();
        boolean sideways = rotation == 90 || rotation == 270;
        float shownWidth = sideways ? h : w;
        float shownHeight = sideways ? w : h;
        int turn = shownWidth > shownHeight ? (rotation + 270) % 360 : rotation;
        float width = Math.min(shownWidth, shownHeight);
        float height = Math.max(shownWidth, shownHeight);

        AffineTransform upright = turned(turn, w, h);
        upright.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        boolean shrink = foreign && paintsInBand(page, upright, width);
        if (shrink) {
            AffineTransform scaled = AffineTransform.getTranslateInstance(width * (1 - DossierLayout.SHRINK) / 2,
                    height * (1 - DossierLayout.SHRINK) * 0.75);
            scaled.scale(DossierLayout.SHRINK, DossierLayout.SHRINK);
            scaled.concatenate(upright);
            upright = scaled;
        }
        boolean unchanged = turn == 0 && !shrink && crop.getLowerLeftX() == 0 && crop.getLowerLeftY() == 0;
        if (unchanged) {
            page.setRotation(0);
            return;
        }
        wrap(document, page, crop, upright, width, height);
    }

    /** The transformation that shows a {@code w} × {@code h} box turned clockwise by {@code degrees}. */
    private static AffineTransform turned(int degrees, float w, float h) {
        switch (degrees) {
            case 90:
                return new AffineTransform(0, -1, 1, 0, 0, w);
            case 180:
                return new AffineTransform(-1, 0, 0, -1, w, h);
            case 270:
                return new AffineTransform(0, 1, -1, 0, h, 0);
            default:
                return new AffineTransform();
        }
    }

    private static boolean paintsInBand(PDPage page, AffineTransform upright, float width) throws IOException {
        try {
            Rectangle2D band = new Rectangle2D.Float(0, 0, width, DossierLayout.STAMP_BAND);
            Rectangle2D inPage = upright.createInverse().createTransformedShape(band).getBounds2D();
            return MarginProbe.paints(page, inPage);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("quarter turns are invertible", e);
        }
    }

    private static void wrap(PDDocument document, PDPage page, PDRectangle crop, AffineTransform transform,
            float width, float height) throws IOException {
        PDStream stream = new PDStream(document);
        try (InputStream in = page.getContents(); OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            in.transferTo(out);
        }
        PDFormXObject form = new PDFormXObject(stream);
        form.setResources(page.getResources());
        form.setBBox(crop);
        PDResources resources = new PDResources();
        resources.put(CONTENT, form);
        page.setResources(resources);
        page.getCOSObject().removeItem(COSName.CONTENTS);
        for (COSName box : List.of(COSName.CROP_BOX, COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX)) {
            page.getCOSObject().removeItem(box);
        }
        page.setMediaBox(new PDRectangle(width, height));
        page.setRotation(0);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.transform(new Matrix(transform));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            PDRectangle rect = annotation.getRectangle();
            if (rect != null) {
                Rectangle2D moved = transform.createTransformedShape(new Rectangle2D.Float(rect.getLowerLeftX(),
                        rect.getLowerLeftY(), rect.getWidth(), rect.getHeight())).getBounds2D();
                annotation.setRectangle(new PDRectangle((float) moved.getX(), (float) moved.getY(),
                        (float) moved.getWidth(), (float) moved.getHeight()));
            }
        }
    }
}
