package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier never alters or misstates evidence: bytes are checked, non-PDF/A pages are declared, photos upright. */
class EvidenceSafetyTest {
    @TempDir
    Path dir;

    private DossierResult build(DossierFixtures files) throws Exception {
        return new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(), Clock.systemUTC())
                .build(new DossierRequest("ACME-SAFE", "fr", files.exhibits, null, "12".repeat(32), null), dir.resolve("out"));
    }

    @Test
    void anOriginalThatNoLongerMatchesItsHashStopsTheBuild() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Path pdf = files.pdf("facture.pdf", 1, PDRectangle.A4, 0, false);
        files.add(DocumentKind.INVOICE, pdf, "application/pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> build(files)).isInstanceOf(ExhibitIntegrityException.class)
                .hasMessageContaining("DOC001");
        assertThat(dir.resolve("out").resolve("dossier.pdf")).doesNotExist();
    }

    @Test
    void pagesPdfaForbidsAreFiledAsTheyAreAndTheDossierSaysItIsNotPdfA() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.add(DocumentKind.INVOICE, files.pdfWithoutEmbeddedFont("ancienne-facture.pdf"), "application/pdf");
        DossierResult result = build(files);
        assertThat(result.pdfa()).isFalse();
        assertThat(result.pdfaIssues()).singleElement().asString().contains("exhibit 1", "Helvetica", "not embedded");
        assertThat(new String(result.manifest(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"conformance\" : null").contains("not embedded");
        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain("pdfaid:part");
        }
    }

    @Test
    void aPhotoIsShownAsItsExifOrientationSays() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        // stored 800 x 600 with the red block top-left; EXIF 6: shown turned a quarter clockwise
        files.add(DocumentKind.DELIVERY_PROOF, files.jpeg("photo.jpg", 800, 600, "BL", 6), "image/jpeg");
        DossierResult result = build(files);
        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(result.plan().frontMatterPages(), 30);
            int[] red = redCentre(page);
            assertThat(red[0]).as("red block on the right half").isGreaterThan(page.getWidth() / 2);
            assertThat(red[1]).as("red block in the top half").isLessThan(page.getHeight() / 2);
        }
    }

    private static int[] redCentre(BufferedImage image) {
        long x = 0;
        long y = 0;
        long n = 0;
        for (int j = 0; j < image.getHeight(); j++) {
            for (int i = 0; i < image.getWidth(); i++) {
                int rgb = image.getRGB(i, j);
                if ((rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 80 && (rgb & 0xFF) < 80) {
                    x += i;
                    y += j;
                    n++;
                }
            }
        }
        assertThat(n).as("red pixels").isPositive();
        return new int[] {(int) (x / n), (int) (y / n)};
    }
}
