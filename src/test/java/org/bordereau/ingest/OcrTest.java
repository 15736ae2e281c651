package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcrTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "tiff"})
    void aScannedInvoiceImageIsReadByOcr(String format) {
        assumeTrue(tesseractInstalled(), "tesseract is not installed");
        Path file = write("scan." + format, TestFiles.image(format));

        ExtractionPreview read = new IngestBench(dir).intake.preview(file, "scan." + format);

        assertThat(read.metadata()).containsEntry("textSource", "ocr");
        assertThat(read.warnings()).isEmpty();
        if (format.equals("png")) { // the text itself, once: OCR takes a second or two per run
            assertThat(ocr().readImage(file, Duration.ofSeconds(60)).text()).contains(TestFiles.INVOICE_NUMBER);
        }
    }

    @Test
    void aPdfWithoutATextLayerIsRenderedAndReadByOcr() {
        assumeTrue(tesseractInstalled(), "tesseract is not installed");
        IngestBench bench = new IngestBench(dir);

        Document d = bench.add(TestFiles.scannedPdf(), "scan.pdf", "application/pdf").document();

        assertThat(d.metadata()).containsEntry("textSource", "ocr").containsEntry("pages", "1");
        assertThat(d.warnings()).isEmpty();
        assertThat(ocr().readPdf(write("scan.pdf", TestFiles.scannedPdf()), 1, Duration.ofSeconds(60)).text())
                .contains(TestFiles.INVOICE_NUMBER);
        assertThat(bench.tempFiles()).isEmpty();
    }

    /** Found in review: tesseract took 1 GB and 18 s on a 150 KB PNG declaring 30 000 x 30 000 pixels. */
    @Test
    void aPictureDeclaringMorePixelsThanAnyScanIsKeptWithoutOcr() throws IOException {
        IngestBench bench = new IngestBench(dir);
        Path huge = Pictures.blankPng(dir.resolve("huge.png"), 30_000, 30_000);

        Document d = bench.add(Files.readAllBytes(huge), "huge.png", "image/png").document();

        assertThat(d.metadata()).containsEntry("textSource", "none");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("declares 900000000 pixels"));
        assertThat(bench.blobs()).hasSize(1);
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void withoutTesseractAScanIsStoredWithAWarningAndNoText() {
        IngestBench bench = new IngestBench(dir, IngestBench.limits(), "/nonexistent/tesseract");

        Document d = bench.add(TestFiles.image("png"), "scan.png", "image/png").document();

        assertThat(d.metadata()).containsEntry("textSource", "none");
        assertThat(d.warnings()).containsExactly("No text could be read: OCR is not installed on this server.");
        assertThat(d.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(bench.blobs()).hasSize(1);
    }

    @Test
    void theOcrTimeIsSharedByAllTheFilesOfAnUpload() {
        assumeTrue(tesseractInstalled(), "tesseract is not installed");
        IngestBench bench = new IngestBench(dir, new IngestLimits(20 << 20, Duration.ofSeconds(30), 2_000_000, 3, 50,
                Duration.ofSeconds(1)), "tesseract");
        java.util.List<TestFiles.Part> scans = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            scans.add(new TestFiles.Part("scan-" + i + ".png", "image/png", TestFiles.image("png",
                    java.util.List.of("BON DE LIVRAISON N BL-" + i, "Livre le 0" + i + "/03/2025")), false));
        }

        long start = System.nanoTime();
        IntakeResult result = bench.add(TestFiles.eml("Scans", "Voir les scans.", scans), "scans.eml", null);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.attachments()).hasSize(6);
        assertThat(result.attachments().get(5).warnings()).singleElement().asString()
                .contains("OCR").contains("1 s");
        assertThat(tookMs).as("six OCRs within one second of OCR, plus parsing").isLessThan(10_000);
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void aPdfWithATextLayerIsNotOcred() {
        assertThat(Inspector.looksScanned("FACTURE N F-2025-0042 Total TTC 12 345,60 EUR", 1)).isFalse();
        assertThat(Inspector.looksScanned("  \n 12  ", 1)).isTrue();
        assertThat(Inspector.looksScanned("x".repeat(30), 2)).as("30 characters over 2 pages").isTrue();
    }

    /** The OCR step alone, to see the text the extractor receives. */
    private Ocr ocr() {
        return new Ocr("tesseract", dir, IngestBench.limits(), new TimeLimit());
    }

    private Path write(String name, byte[] bytes) {
        try {
            return java.nio.file.Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
