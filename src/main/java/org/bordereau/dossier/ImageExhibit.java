package org.bordereau.dossier;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Images on A4 portrait pages, one image (or TIFF page) per page. A JPEG keeps its own bytes (no
 * recompression of evidence) and is turned upright by the page's transformation, following its EXIF
 * orientation; other formats are stored losslessly, transparency flattened on white (a scan has none
 * worth keeping, and PDF/A is simpler without). A landscape image is turned to fit the portrait page,
 * like landscape PDF pages. Size: 150 dpi when it fits, else shrunk to the page. With tesseract here,
 * each page gets an invisible text layer ({@link OcrLayer}).
 */
record ImageExhibit() implements ExhibitConverter {
    private static final double NATURAL_DPI = 150;

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        boolean jpeg = original.exhibit().mediaType().startsWith("image/jpeg");
        List<String> notes = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        Path out = context.newFile("image-", ".pdf");
        boolean ocr = !context.ocrLanguages().isEmpty();
        LocalDate date = null;
        try (PDDocument document = context.newDocument()) {
            PDType0Font font = ocr ? context.fonts().load(document, Fonts.SANS) : null;
            if (jpeg) {
                Exif exif = Exif.of(original.file());
                date = exif.date();
                PDImageXObject image;
                // JPEGFactory reads the JPEG's size through ImageIO, whose default file cache copies the
                // stream to java.io.tmpdir (imageio*.tmp), out of the build's folder. The switch is
                // JVM-wide; PDFBox's own JPEG decoder (DCTFilter) turns it off the same way at each decode.
                ImageIO.setUseCache(false);
                try (InputStream in = Files.newInputStream(original.file())) {
                    image = JPEGFactory.createFromStream(document, in);
                }
                if (image.getColorSpace() instanceof PDDeviceCMYK) {
                    issues.add("CMYK JPEG (PDF/A needs a CMYK output intent for it; ours is sRGB)");
                }
                Path ocrCopy = ocr ? context.decoding(() -> ocrCopy(upright(Pixels.readFirst(original.file()),
                        exif.orientation()), context)) : null;
                addPage(document, image, exif.orientation(), words(ocrCopy, context), font);
            } else {
                int pages = eachImage(original.file(), context, notes, picture -> {
                    BufferedImage flat = flattened(picture);
                    return new Decoded(LosslessFactory.createFromImage(document, flat), ocr ? ocrCopy(flat, context) : null);
                }, decoded -> addPage(document, decoded.image(), 1, words(decoded.ocrCopy(), context), font));
                if (pages > 1) {
                    notes.add(pages + " images (TIFF pages), one per page.");
                }
            }
            if (ocr) {
                notes.add("Invisible OCR text layer (tesseract, " + String.join("+", context.ocrLanguages()) + ").");
            }
            document.save(out.toFile());
            return new Converted(out, document.getNumberOfPages(), ocr ? "image+ocr" : "image", null, date, notes,
                    issues, false);
        }
    }

    /** One page with the image, upright per {@code orientation} (EXIF 1, 3, 6, 8), portrait. */
    private static void addPage(PDDocument document, PDImageXObject image, int orientation, List<OcrLayer.Word> words,
            PDType0Font font) throws IOException {
        boolean sideways = orientation == 6 || orientation == 8;
        int shownWidth = sideways ? image.getHeight() : image.getWidth();
        int shownHeight = sideways ? image.getWidth() : image.getHeight();
        boolean turn = shownWidth > shownHeight;
        double onPageWidth = turn ? shownHeight : shownWidth;
        double onPageHeight = turn ? shownWidth : shownHeight;
        double areaWidth = DossierLayout.A4_WIDTH - 2 * DossierLayout.MARGIN;
        double areaHeight = DossierLayout.A4_HEIGHT - DossierLayout.MARGIN - DossierLayout.BOTTOM_MARGIN;
        double scale = Math.min(72 / NATURAL_DPI, Math.min(areaWidth / onPageWidth, areaHeight / onPageHeight));
        double x = DossierLayout.MARGIN + (areaWidth - onPageWidth * scale) / 2;
        double y = DossierLayout.A4_HEIGHT - DossierLayout.MARGIN - onPageHeight * scale;

        // shown-image space (pixels, y up) -> page
        AffineTransform shown = AffineTransform.getTranslateInstance(x, y);
        shown.scale(scale, scale);
        if (turn) {
            shown.concatenate(new AffineTransform(0, 1, -1, 0, shownHeight, 0)); // a quarter turn to the left
        }
        AffineTransform drawn = new AffineTransform(shown);
        drawn.concatenate(unitSquareToShown(orientation, shownWidth, shownHeight));

        PDPage page = new PDPage(new PDRectangle(DossierLayout.A4_WIDTH, DossierLayout.A4_HEIGHT));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, new Matrix(drawn));
            if (!words.isEmpty()) {
                OcrLayer.draw(content, font, words, shown, shownHeight);
            }
        }
    }

    /** Maps the image's unit square (as stored) onto the upright picture, {@code w} × {@code h} pixels. */
    private static AffineTransform unitSquareToShown(int orientation, int w, int h) {
        switch (orientation) {
            case 3:
                return new AffineTransform(-w, 0, 0, -h, w, h);
            case 6: // stored turned a quarter left: show it a quarter right
                return new AffineTransform(0, -h, w, 0, 0, h);
            case 8:
                return new AffineTransform(0, h, -w, 0, w, 0);
            default:
                return AffineTransform.getScaleInstance(w, h);
        }
    }

    private static BufferedImage upright(BufferedImage stored, int orientation) {
        if (stored == null || orientation == 1) {
            return stored;
        }
        boolean sideways = orientation == 6 || orientation == 8;
        int w = sideways ? stored.getHeight() : stored.getWidth();
        int h = sideways ? stored.getWidth() : stored.getHeight();
        BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        AffineTransform t = orientation == 3 ? new AffineTransform(-1, 0, 0, -1, w, h)
                : orientation == 6 ? new AffineTransform(0, 1, -1, 0, w, 0)
                : new AffineTransform(0, -1, 1, 0, 0, h);
        g.drawImage(stored, t, null);
        g.dispose();
        return turned;
    }

    /** The picture as a PNG for tesseract, written while it is decoded; null when there is nothing to read. */
    private static Path ocrCopy(BufferedImage picture, Conversions context) throws IOException {
        if (picture == null) {
            return null;
        }
        Path png = context.newFile("ocr-", ".png");
        ImageIO.write(picture, "png", png.toFile());
        return png;
    }

    /** The words tesseract reads in the copy, which is then deleted: run outside {@link Conversions#decoding}. */
    private static List<OcrLayer.Word> words(Path ocrCopy, Conversions context) throws IOException {
        if (ocrCopy == null) {
            return List.of();
        }
        try {
            return OcrLayer.read(ocrCopy, context);
        } finally {
            Files.deleteIfExists(ocrCopy);
        }
    }

    /** Transparency flattened on white; grey and bilevel images kept as they are (smaller, exact). */
    private static BufferedImage flattened(BufferedImage picture) {
        if (!picture.getColorModel().hasAlpha()) {
            return picture;
        }
        BufferedImage flat = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return flat;
    }

    /** A picture made a PDF image (and a PNG copy for OCR, or null): what is left of it once its pixels are dropped. */
    private record Decoded(PDImageXObject image, Path ocrCopy) {}

    /** What to make of a picture while it is decoded (in heap, one at a time). */
    private interface PictureWork {
        Decoded apply(BufferedImage picture) throws IOException;
    }

    /** What to do with it afterwards (OCR, the page), while other pictures may be decoded. */
    private interface DecodedSink {
        void accept(Decoded decoded) throws IOException;
    }

    /**
     * Reads the pictures one at a time (a multi-page TIFF is never all in memory), each under
     * {@link Conversions#decoding}; returns how many.
     */
    private static int eachImage(Path file, Conversions context, List<String> notes, PictureWork decode,
            DecodedSink then) throws IOException {
        return Pixels.withReader(file, false, reader -> {
            int count = reader.getNumImages(true);
            for (int i = 0; i < count; i++) {
                int index = i;
                int step = Pixels.step((long) reader.getWidth(i) * reader.getHeight(i));
                if (step > 1) {
                    notes.add("Picture " + (i + 1) + " (" + reader.getWidth(i) + " × " + reader.getHeight(i)
                            + " pixels) is shown at one pixel in " + step + " each way; the original is attached"
                            + " whole.");
                }
                then.accept(context.decoding(() -> decode.apply(Pixels.read(reader, index))));
            }
            return count;
        });
    }

    /** The EXIF facts we use: orientation (1 when absent) and the day the picture was taken. */
    private record Exif(int orientation, LocalDate date) {
        static Exif of(Path file) {
            try {
                Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
                ExifIFD0Directory main = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                int orientation = main != null && main.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                        ? upright(main.getInt(ExifIFD0Directory.TAG_ORIENTATION)) : 1;
                ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
                String taken = sub == null ? null : sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
                return new Exif(orientation, day(taken));
            } catch (ImageProcessingException | MetadataException | IOException unreadable) {
                return new Exif(1, null);
            }
        }

        /** Mirrored orientations (2, 4, 5, 7: selfies, scanners never) are shown by their rotation only. */
        private static int upright(int exif) {
            switch (exif) {
                case 3:
                case 4:
                    return 3;
                case 5:
                case 6:
                    return 6;
                case 7:
                case 8:
                    return 8;
                default:
                    return 1;
            }
        }

        private static LocalDate day(String exifDate) {
            if (exifDate == null || exifDate.length() < 10) {
                return null;
            }
            try {
                return LocalDate.parse(exifDate.substring(0, 10).replace(':', '-'));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
