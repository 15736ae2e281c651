package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract's own links (table of contents, "see annex") still work once it is an exhibit. */
class ExhibitLinksTest {
    @TempDir
    Path dir;

    @Test
    void linksInsideAnExhibitLandOnItsPagesInTheDossierAndDragNothingAlong() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.add(DocumentKind.INVOICE, files.pdf("facture.pdf", 2, PDRectangle.A4, 0, false), "application/pdf");
        files.add(DocumentKind.CONTRACT, contractWithLinks(dir.resolve("in").resolve("contrat.pdf")), "application/pdf");

        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-LINKS", "fr", files.exhibits, null, "00".repeat(32),
                null), dir.resolve("out"));

        DossierPlan.PlannedExhibit contract = result.plan().exhibits().stream()
                .filter(e -> e.filename().equals("contrat.pdf")).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            int first = contract.firstPage() - 1;
            List<Object> targets = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(first).getAnnotations()) {
                assertThat(annotation.getCOSObject().getCOSDictionary(COSName.P)).isSameAs(pdf.getPage(first).getCOSObject());
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    } else {
                        PDPageDestination to = (PDPageDestination) (link.getAction() instanceof PDActionGoTo goTo
                                ? goTo.getDestination() : link.getDestination());
                        targets.add(pdf.getPages().indexOf(to.getPage()));
                    }
                }
            }
            assertThat(targets).containsExactlyInAnyOrder(first + 2, first + 1, "https://example.com/cgv");
            assertThat(pdf.getDocument().getObjectsByType(COSName.PAGE)).as("no hidden copy of the contract's pages")
                    .hasSize(pdf.getNumberOfPages());
        }
    }

    /** Three pages; on the first, a link to page 3, a link to the named destination "annexe" (page 2), a web link. */
    private static Path contractWithLinks(Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            PDPage first = document.getPage(0);
            PDPageFitDestination toLast = new PDPageFitDestination();
            toLast.setPage(document.getPage(2));
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(toLast);
            first.getAnnotations().add(link(first, 100, goTo, null));
            first.getAnnotations().add(link(first, 200, null, new PDNamedDestination("annexe")));
            PDActionURI web = new PDActionURI();
            web.setURI("https://example.com/cgv");
            first.getAnnotations().add(link(first, 300, web, null));
            PDPageFitDestination annex = new PDPageFitDestination();
            annex.setPage(document.getPage(1));
            PDDestinationNameTreeNode dests = new PDDestinationNameTreeNode();
            dests.setNames(Map.of("annexe", annex));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setDests(dests);
            document.getDocumentCatalog().setNames(names);
            document.save(file.toFile());
        }
        return file;
    }

    private static PDAnnotationLink link(PDPage page, float y, PDAction action, PDNamedDestination destination) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setPage(page); // as word processors write it
        link.setRectangle(new PDRectangle(72, y, 200, 20));
        if (action != null) {
            link.setAction(action);
        } else {
            link.setDestination(destination);
        }
        return link;
    }
}
