package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.bordereau.cases.DocumentKind;

/**
 * Benchmark, run by hand (not a unit test): a 30-exhibit, 150-page dossier (PDF exhibits, so both sides
 * get exactly the same pages) built by the pipeline without signing, against the floor of a bare
 * PDFBox merge + stamp + save of the same pages in the same JVM. Warm medians, peak heap per run.
 * A second line times a mixed dossier (PDFs, photos, e-mails, text; no OCR, no LibreOffice).
 * <pre>
 * mvn -o -Dbuild.dir=target-x test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx256m -cp target-x/test-classes:target-x/classes:$(cat cp.txt) org.bordereau.dossier.DossierBench
 * </pre>
 */
public final class DossierBench {
    private static final int RUNS = 15;
    private static final int WARM_UP = 5;

    private DossierBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dossier-bench-");
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        List<Path> pdfs = new ArrayList<>();
        DocumentKind[] kinds = DocumentKind.values();
        for (int i = 0; i < 30; i++) {
            Path pdf = files.pdf("piece-" + i + ".pdf", 5, PDRectangle.A4, 0, i % 10 == 0);
            pdfs.add(pdf);
            files.add(kinds[i % kinds.length], pdf, "application/pdf", "Pièce " + i, java.time.LocalDate.of(2025, 1, 1 + i % 28));
        }
        DossierRequest request = new DossierRequest("BENCH-1", "fr", files.exhibits, DossierOptions.defaults(),
                "ab".repeat(32), DossierFixtures.events(20));
        DossierBuilder builder = new DossierBuilder(new TestFrontMatter(),
                Sealer.none(), ConverterSettings.builtInOnly(), Clock.systemUTC());

        long[] pipeline = new long[RUNS];
        long[] floor = new long[RUNS];
        long pipelineHeap = 0;
        long floorHeap = 0;
        int pages = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            Path out = Files.createTempDirectory(dir, "run-");
            resetPeaks();
            long t0 = System.nanoTime();
            DossierResult result = builder.build(request, out);
            long t1 = System.nanoTime();
            long heap = peakHeap();
            resetPeaks();
            long t2 = System.nanoTime();
            mergeAndStamp(pdfs, out.resolve("floor.pdf"));
            long t3 = System.nanoTime();
            long heapFloor = peakHeap();
            if (run >= 0) {
                pipeline[run] = t1 - t0;
                floor[run] = t3 - t2;
                pipelineHeap = Math.max(pipelineHeap, heap);
                floorHeap = Math.max(floorHeap, heapFloor);
                pages = result.plan().totalPages();
            }
        }
        double p = median(pipeline);
        double f = median(floor);
        System.out.printf("PDF exhibits: 30 exhibits, %d pages (%d exhibit pages); pipeline median %.1f ms, bare merge+stamp "
                + "median %.1f ms, ratio %.2f; peak heap pipeline %d MB, floor %d MB; max heap %d MB%n", pages, 150, p, f,
                p / f, pipelineHeap >> 20, floorHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);

        DossierFixtures mixed = new DossierFixtures(Files.createDirectories(dir.resolve("mixed")));
        for (int i = 0; i < 22; i++) {
            mixed.add(DocumentKind.INVOICE, mixed.pdf("facture-" + i + ".pdf", 6, PDRectangle.A4, 0, false), "application/pdf");
        }
        for (int i = 0; i < 3; i++) {
            mixed.add(DocumentKind.DELIVERY_PROOF, mixed.jpeg("photo-" + i + ".jpg", 1600, 1200, "BL " + i, 6), "image/jpeg");
            mixed.add(DocumentKind.CORRESPONDENCE, mixed.eml("mail-" + i + ".eml", "Relance " + i,
                    "Mon, 13 Jan 2025 09:00:00 +0000", i == 0), "message/rfc822");
        }
        mixed.add(DocumentKind.OTHER, mixed.text("notes-1.txt", "note\n".repeat(400)), "text/plain");
        mixed.add(DocumentKind.OTHER, mixed.text("notes-2.txt", "note\n".repeat(40)), "text/plain");
        DossierRequest mixedRequest = new DossierRequest("BENCH-2", "fr", mixed.exhibits, null, "ab".repeat(32), null);
        long[] times = new long[RUNS];
        long mixedHeap = 0;
        int mixedPages = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            Path out = Files.createTempDirectory(dir, "mixed-");
            resetPeaks();
            long t0 = System.nanoTime();
            DossierResult result = builder.build(mixedRequest, out);
            long t1 = System.nanoTime();
            if (run >= 0) {
                times[run] = t1 - t0;
                mixedHeap = Math.max(mixedHeap, peakHeap());
                mixedPages = result.plan().totalPages();
            }
        }
        System.out.printf("Mixed exhibits (22 PDF, 3 JPEG, 3 e-mail, 2 text): %d pages; pipeline median %.1f ms "
                + "(conversion included); peak heap %d MB%n", mixedPages, median(times), mixedHeap >> 20);
    }

    /**
     * The floor: import every page, stamp a footer with an embedded font, save; nothing else. The font
     * is loaded as the pipeline loads it (GSUB hidden, see {@link Fonts}), so the floor is the fastest
     * bare way, not a slower one.
     */
    static void mergeAndStamp(List<Path> pdfs, Path out) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            importAll(merged, pdfs, sources);
            stampAll(merged);
            merged.save(out.toFile(), CompressParameters.NO_COMPRESSION);
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    /** Every page of {@code pdfs} imported into {@code merged}; the sources stay open until it is saved. */
    static void importAll(PDDocument merged, List<Path> pdfs, List<PDDocument> sources) throws IOException {
        for (Path pdf : pdfs) {
            PDDocument source = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
            sources.add(source);
            for (PDPage page : source.getPages()) {
                merged.importPage(page);
            }
        }
    }

    /** A footer "i / n" on every page, in an embedded font. */
    static void stampAll(PDDocument merged) throws IOException {
        byte[] fontBytes;
        try (InputStream in = DossierBench.class.getClassLoader().getResourceAsStream("fonts/NotoSans-Regular.ttf")) {
            fontBytes = Fonts.withoutGsub(in.readAllBytes());
        }
        PDType0Font font = PDType0Font.load(merged, new RandomAccessReadBuffer(fontBytes), true, false);
        int total = merged.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = merged.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(merged, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                c.beginText();
                c.setFont(font, 8);
                c.newLineAtOffset(500, 10);
                c.showText((i + 1) + " / " + total);
                c.endText();
            }
        }
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset (an upper bound of the live peak). */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
