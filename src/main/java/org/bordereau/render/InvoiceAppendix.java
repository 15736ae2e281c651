package org.bordereau.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Appends the unpaid invoices (their PDFs) after a letter, keeping the letter PDF/A-3b. The invoices'
 * pages are drawn as images (RGB, 150 dpi, JPEG): an invoice may carry fonts that are not embedded,
 * transparency or JavaScript, none of which PDF/A allows, and copying its pages would bring them in.
 * The appended pages are a faithful picture, not searchable text; the original invoices remain
 * the evidence (stored, hashed and attached to the dossier). Call it before signing.
 */
public final class InvoiceAppendix {
    static final int DPI = 150;
    static final int MAX_PAGES = 50;
    private static final float JPEG_QUALITY = 0.85f;

    private InvoiceAppendix() {}

    /**
     * The letter followed by every page of {@code invoices}, in order.
     *
     * @throws IllegalArgumentException when an invoice cannot be read (encrypted, damaged) or the
     *         appendix would pass {@value #MAX_PAGES} pages
     */
    public static RenderedPdf append(byte[] letter, List<byte[]> invoices) {
        // Rendering and JPEG encoding go through ImageIO, whose default file cache copies the images to
        // java.io.tmpdir (imageio*.tmp), where a crash leaves them. JVM-wide; PDFBox's JPEG decoder
        // (DCTFilter) turns it off the same way at each decode.
        ImageIO.setUseCache(false);
        try (PDDocument out = Loader.loadPDF(letter)) {
            int appended = 0;
            for (byte[] invoice : invoices) {
                appended += appendPages(out, invoice, MAX_PAGES - appended);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(letter.length * 2);
            out.save(bytes);
            return new RenderedPdf(bytes.toByteArray(), out.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int appendPages(PDDocument out, byte[] invoice, int room) throws IOException {
        try (PDDocument source = load(invoice)) {
            if (source.getNumberOfPages() > room) {
                throw new IllegalArgumentException("an appendix of invoices is limited to " + MAX_PAGES + " pages");
            }
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getCropBox();
                boolean rotated = source.getPage(i).getRotation() % 180 != 0;
                PDRectangle size = rotated ? new PDRectangle(box.getHeight(), box.getWidth()) : box;
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                out.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(out, image, JPEG_QUALITY);
                try (PDPageContentStream content = new PDPageContentStream(out, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            return source.getNumberOfPages();
        }
    }

    private static PDDocument load(byte[] invoice) {
        try {
            return Loader.loadPDF(invoice);
        } catch (IOException e) {
            throw new IllegalArgumentException("an invoice to append is not a readable PDF (encrypted or damaged): "
                    + e.getMessage(), e);
        }
    }
}
