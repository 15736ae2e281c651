package org.bordereau.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to grayscale PNG files for OCR, one at a time: 300 dpi (what tesseract reads
 * best), at most {@value #MAX_PAGES} pages, and at most {@value #MAX_PIXELS} pixels per page, so that
 * a page declared 5 metres wide cannot make a multi-gigabyte image.
 */
final class PdfPages {
    static final int MAX_PAGES = 20;
    static final int DPI = 300;
    static final long MAX_PIXELS = 40_000_000L; // A3 at 300 dpi is 17.4 million
    private static final float POINTS_PER_INCH = 72f;

    /** What to do with each rendered page. */
    interface PageReader {
        void read(Path png, int dpi) throws IOException, InterruptedException;
    }

    private final Path tempDir;

    PdfPages(Path tempDir) {
        this.tempDir = tempDir;
    }

    void each(Path pdf, PageReader reader, TimeLimit.Cancellation cancellation) throws IOException,
            InterruptedException {
        // Streams are cached in temporary files, not the heap: the PDF may be as large as an upload. The files
        // go to our folder, not java.io.tmpdir, where a crash would leave copies of the evidence.
        try (PDDocument document = Loader.loadPDF(pdf.toFile(),
                MemoryUsageSetting.setupTempFileOnly().setTempDir(tempDir.toFile()).streamCache)) {
            // Rendering decodes JPEGs through ImageIO, whose default file cache copies them to java.io.tmpdir
            // (imageio*.tmp). JVM-wide; PDFBox's decoder (DCTFilter) turns it off too, after its first read.
            ImageIO.setUseCache(false);
            PDFRenderer renderer = new PDFRenderer(document);
            // an embedded scan larger than the page needs is decoded at the page's resolution, not its own:
            // a 195 KB PDF holding a 40 000 x 40 000 image otherwise ran the heap out
            renderer.setSubsamplingAllowed(true);
            int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
            for (int i = 0; i < pages; i++) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("OCR cancelled at its deadline");
                }
                int dpi = dpi(document.getPage(i).getMediaBox());
                Path png = Files.createTempFile(tempDir, "page-", ".png");
                try {
                    BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                    ImageIO.write(image, "png", png.toFile());
                    reader.read(png, dpi);
                } finally {
                    StagedFile.delete(png);
                }
            }
        }
    }

    /** 300 dpi, or less when the page is so large that 300 dpi would exceed the pixel budget. */
    static int dpi(PDRectangle box) {
        double widthInches = Math.abs(box.getWidth()) / POINTS_PER_INCH;
        double heightInches = Math.abs(box.getHeight()) / POINTS_PER_INCH;
        double squareInches = Math.max(widthInches * heightInches, 1e-6);
        int fitting = (int) Math.floor(Math.sqrt(MAX_PIXELS / squareInches));
        return Math.max(1, Math.min(DPI, fitting));
    }
}
