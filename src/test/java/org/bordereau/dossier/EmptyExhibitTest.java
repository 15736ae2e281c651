package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF whose page tree is empty (a failed export, a truncated upload that still parses) is filed as a
 * page that says so, with the original attached: before, filed last it failed the whole dossier, and
 * filed in the middle it was listed as pages "5–4" with a link to the next exhibit.
 */
class EmptyExhibitTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPdfWithoutPagesIsFiledAsAPageThatSaysSo(boolean last) throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Path empty = dir.resolve("in").resolve("export-vide.pdf");
        try (PDDocument nothing = new PDDocument()) {
            nothing.save(empty.toFile());
        }
        files.add(DocumentKind.INVOICE, files.pdf("facture.pdf", 2, PDRectangle.A4, 0, false), "application/pdf");
        if (last) {
            files.add(DocumentKind.CONTRACT, files.pdf("contrat.pdf", 1, PDRectangle.A4, 0, false), "application/pdf");
            files.add(DocumentKind.OTHER, empty, "application/pdf");
        } else {
            files.add(DocumentKind.INVOICE, empty, "application/pdf");
            files.add(DocumentKind.INVOICE, files.pdf("avoir.pdf", 1, PDRectangle.A4, 0, false), "application/pdf");
        }

        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-EMPTY", "fr", files.exhibits, null, "00".repeat(32),
                null), dir.resolve("out"));

        List<DossierPlan.PlannedExhibit> exhibits = result.plan().exhibits();
        DossierPlan.PlannedExhibit filed = exhibits.stream().filter(e -> e.filename().equals("export-vide.pdf"))
                .findFirst().orElseThrow();
        assertThat(filed.pageCount()).isEqualTo(1);
        for (int i = 1; i < exhibits.size(); i++) {
            assertThat(exhibits.get(i).firstPage()).isEqualTo(exhibits.get(i - 1).lastPage() + 1);
        }
        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(filed.firstPage());
            stripper.setEndPage(filed.lastPage());
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
                    .contains("ne contient aucune page", "export-vide.pdf");
            assertThat(pdf.getNumberOfPages()).isEqualTo(result.plan().totalPages());
        }
    }
}
