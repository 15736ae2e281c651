package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volume split at N pages that never splits an exhibit; per-section numbering; Arabic stamps; the ZIP. */
class VolumesAndSectionNumberingTest {
    @TempDir
    Path dir;

    @Test
    void splitsIntoVolumesOnExhibitBoundariesWithSectionLabels() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        int[] pages = {3, 5, 4, 2, 9, 1, 14, 2};
        for (int i = 0; i < pages.length; i++) {
            files.add(i < 4 ? DocumentKind.INVOICE : DocumentKind.REMINDER,
                    files.pdf("piece-" + i + ".pdf", pages[i], PDRectangle.A4, 0, false), "application/pdf",
                    "Pièce " + i, java.time.LocalDate.of(2025, 1, 1 + i));
        }
        DossierRequest request = new DossierRequest("ACME-VOL", "fr", files.exhibits,
                new DossierOptions(Numbering.PER_SECTION, 12, List.of()), "cd".repeat(32), DossierFixtures.events(2));
        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(request, dir.resolve("out"));

        DossierPlan plan = result.plan();
        assertThat(result.volumes()).hasSizeGreaterThan(2);
        int expectedFirst = 1;
        for (DossierResult.VolumeFile volume : result.volumes()) {
            DossierPlan.Volume planned = plan.volumes().get(volume.number() - 1);
            assertThat(planned.firstPage()).isEqualTo(expectedFirst);
            expectedFirst = planned.lastPage() + 1;
            List<DossierPlan.PlannedExhibit> inside = plan.exhibits().stream()
                    .filter(e -> e.volume() == volume.number()).toList();
            assertThat(inside).allMatch(e -> e.firstPage() >= planned.firstPage() && e.lastPage() <= planned.lastPage());
            assertThat(planned.pageCount() <= 12 || inside.size() == 1)
                    .as("volume %d: %d pages", volume.number(), planned.pageCount()).isTrue();
            try (PDDocument pdf = Loader.loadPDF(volume.pdf().toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(planned.pageCount());
                String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
                for (DossierPlan.PlannedExhibit e : inside) {
                    int index = e.firstPage() - planned.firstPage();
                    assertThat(labels[index]).isEqualTo(e.firstLabel());
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(index + 1);
                    text.setEndPage(index + 1);
                    assertThat(text.getText(pdf)).contains("Pièce n° " + e.number() + " — p. 1/" + e.pageCount())
                            .contains(e.firstLabel());
                }
            }
        }
        assertThat(expectedFirst - 1).isEqualTo(plan.totalPages());
        assertThat(plan.exhibits().get(0).firstLabel()).isEqualTo("B 1");
        assertThat(plan.exhibits().get(4).firstLabel()).isEqualTo("C 1");
        assertThat(VeraPdf.failures(result.volumes().get(1).pdf())).isEmpty();
    }

    @Test
    void arabicDossierStampsInArabicAndStaysPdfA() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.add(DocumentKind.INVOICE, files.pdf("facture.pdf", 2, PDRectangle.A4, 0, false), "application/pdf");
        files.add(DocumentKind.CORRESPONDENCE, files.eml("courriel.eml", "Relance", "Mon, 13 Jan 2025 09:00:00 +0000", false),
                "message/rfc822");
        DossierRequest request = new DossierRequest("ACME-AR", "ar", files.exhibits, DossierOptions.defaults(),
                "ef".repeat(32), DossierFixtures.events(1));
        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(request, dir.resolve("out"));
        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(result.plan().frontMatterPages() + 1);
            text.setEndPage(result.plan().frontMatterPages() + 1);
            assertThat(text.getText(pdf)).containsAnyOf("رقم", "ﺭﻗﻢ").doesNotContain("?");
        }
        assertThat(VeraPdf.failures(result.volumes().get(0).pdf())).isEmpty();
    }

    @Test
    void zipHoldsThePdfTheManifestAndEveryOriginal() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Exhibit invoice = files.add(DocumentKind.INVOICE, files.pdf("facture.pdf", 1, PDRectangle.A4, 0, false), "application/pdf");
        files.addDuplicate(invoice);
        files.add(DocumentKind.OTHER, files.text("notes.txt", "note"), "text/plain");
        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-ZIP", "en", files.exhibits, null, "00".repeat(32), null),
                dir.resolve("out"));
        Map<String, byte[]> zip = zipped(result);
        assertThat(DossierFixtures.sha256(zip.get("originals/facture.pdf"))).isEqualTo(invoice.sha256());
        assertThat(zip.keySet()).containsExactly("dossier.pdf", "manifest.json", "originals/facture.pdf", "originals/notes.txt");
    }
    /** What browsers name a second and third download: three originals, three attachments, three ZIP entries. */
    @Test
    void originalsWithTheSameNameStayDistinctInThePdfAndTheZip() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        DossierFixtures other = new DossierFixtures(Files.createDirectories(dir.resolve("other")));
        files.add(DocumentKind.INVOICE, files.pdf("facture.pdf", 1, PDRectangle.A4, 0, false), "application/pdf");
        files.add(DocumentKind.INVOICE, other.pdf("Facture.pdf", 2, PDRectangle.A4, 0, false), "application/pdf");
        files.add(DocumentKind.INVOICE, files.pdf("facture (2).pdf", 3, PDRectangle.A4, 0, false), "application/pdf");
        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-NAMES", "fr", files.exhibits, null, "00".repeat(32), null),
                dir.resolve("out"));

        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().keySet())
                    .containsExactlyInAnyOrder("facture.pdf", "Facture (2).pdf", "facture (2) (2).pdf", "manifest.json");
        }
        Map<String, byte[]> zip = zipped(result);
        assertThat(zip.keySet()).hasSize(5).contains("originals/facture.pdf", "originals/Facture (2).pdf",
                "originals/facture (2) (2).pdf");
    }

    /** The ZIP export's entries, in order, with their bytes. */
    private static Map<String, byte[]> zipped(DossierResult result) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        DossierZip.write(result, zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
