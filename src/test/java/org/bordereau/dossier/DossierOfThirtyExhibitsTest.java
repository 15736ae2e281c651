package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's acceptance test: a case with more than 30 exhibits of every supported type, built once,
 * then re-read with PDFBox and veraPDF as a lawyer's tools would read it.
 */
class DossierOfThirtyExhibitsTest {
    @TempDir
    static Path dir;
    static DossierFixtures files;
    static DossierResult result;
    static PDDocument pdf;
    static JsonNode manifest;
    static List<String> pageTexts = new ArrayList<>();
    static Exhibit duplicated;
    static Exhibit duplicate;
    static TestFrontMatter frontMatter;

    @BeforeAll
    static void build() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        files = new DossierFixtures(in);
        duplicated = files.everyKind();
        duplicate = files.exhibits.stream().filter(e -> e.sha256().equals(duplicated.sha256()) && e != duplicated)
                .findFirst().orElseThrow();
        frontMatter = new TestFrontMatter();
        DossierBuilder builder = new DossierBuilder(frontMatter, Sealer.none(), ConverterSettings.defaults(),
                Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC));
        DossierRequest request = new DossierRequest("ACME-2025-001", "fr", files.exhibits, DossierOptions.defaults(),
                "ab".repeat(32), DossierFixtures.events(6));
        result = builder.build(request, dir.resolve("out"));
        pdf = Loader.loadPDF(result.volumes().get(0).pdf().toFile());
        manifest = new ObjectMapper().readTree(result.manifest());
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pageTexts.add(stripper.getText(pdf));
        }
        String keep = System.getenv("DOSSIER_KEEP"); // to look at the output: DOSSIER_KEEP=/tmp/x mvn test ...
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(result.volumes().get(0).pdf(), Path.of(keep, "dossier.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.write(Path.of(keep, "manifest.json"), result.manifest());
        }
    }

    @Test
    void filesOverThirtyExhibitsOfEveryType() {
        assertThat(files.exhibits).hasSizeGreaterThanOrEqualTo(31);
        assertThat(result.plan().exhibits()).hasSize(files.exhibits.size() - 1);
        List<String> conversions = manifest.get("exhibits").findValuesAsText("conversion");
        assertThat(conversions).contains("pdf", "email", "text", "placeholder");
        assertThat(conversions).anyMatch(c -> c.startsWith("image"));
    }

    @Test
    void indexPageRangesAreTheStampedPages() {
        int total = pdf.getNumberOfPages();
        assertThat(result.plan().totalPages()).isEqualTo(total);
        for (DossierPlan.PlannedExhibit e : result.plan().exhibits()) {
            for (int i = 1; i <= e.pageCount(); i++) {
                int page = e.firstPage() + i - 1;
                assertThat(pageTexts.get(page - 1)).as("page %d of exhibit %d", i, e.number())
                        .contains("Pièce n° " + e.number() + " — p. " + i + "/" + e.pageCount())
                        .contains(page + " / " + total);
            }
            String index = String.join("\n", pageTexts.subList(0, result.plan().frontMatterPages()));
            assertThat(index).contains("n° " + e.number() + " ").contains("p. " + e.firstPage() + "–" + e.lastPage());
        }
        for (int p = 1; p <= result.plan().frontMatterPages(); p++) {
            assertThat(pageTexts.get(p - 1)).contains(p + " / " + total).doesNotContain("Pièce n°");
        }
        assertThat(frontMatter.calls()).as("re-planned once the front matter's length was known").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyPageIsPortrait() {
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getCropBox();
            int rotation = page.getRotation();
            boolean sideways = rotation == 90 || rotation == 270;
            float width = sideways ? box.getHeight() : box.getWidth();
            float height = sideways ? box.getWidth() : box.getHeight();
            assertThat(width).isLessThanOrEqualTo(height);
        }
    }

    @Test
    void bookmarksLandOnEachExhibitFirstPage() throws IOException {
        Map<Integer, Integer> landed = new HashMap<>();
        List<String> sections = new ArrayList<>();
        for (PDOutlineItem top : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            sections.add(top.getTitle());
            for (PDOutlineItem child : top.children()) {
                Matcher number = Pattern.compile("Pièce n° (\\d+) — ").matcher(child.getTitle());
                assertThat(number.find()).as(child.getTitle()).isTrue();
                landed.put(Integer.parseInt(number.group(1)), pageIndex(child.getDestination()));
            }
        }
        assertThat(sections).contains("Couverture", "Bordereau de communication de pièces", "B. Contrat, devis et bon de commande",
                "C. Factures");
        for (DossierPlan.PlannedExhibit e : result.plan().exhibits()) {
            assertThat(landed.get(e.number())).as("bookmark of exhibit %d", e.number()).isEqualTo(e.firstPage() - 1);
        }
    }

    @Test
    void indexLinesLinkToEachExhibitFirstPage() throws IOException {
        Map<Integer, Integer> landed = new HashMap<>();
        for (int p = 0; p < result.plan().frontMatterPages(); p++) {
            PDPage page = pdf.getPage(p);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink)) {
                    continue;
                }
                PDAnnotationLink link = (PDAnnotationLink) annotation;
                assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                PDRectangle r = link.getRectangle();
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                area.addRegion("line", new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(), r.getHeight()));
                area.extractRegions(page);
                Matcher number = Pattern.compile("n° (\\d+)").matcher(area.getTextForRegion("line"));
                assertThat(number.find()).isTrue();
                landed.put(Integer.parseInt(number.group(1)), pageIndex(((PDActionGoTo) link.getAction()).getDestination()));
            }
        }
        for (DossierPlan.PlannedExhibit e : result.plan().exhibits()) {
            assertThat(landed.get(e.number())).as("index link of exhibit %d", e.number()).isEqualTo(e.firstPage() - 1);
        }
    }

    @Test
    void attachedOriginalsHashToTheManifest() throws IOException {
        Map<String, byte[]> attached = new HashMap<>();
        for (Map.Entry<String, PDComplexFileSpecification> entry : pdf.getDocumentCatalog().getNames().getEmbeddedFiles()
                .getNames().entrySet()) {
            PDComplexFileSpecification spec = entry.getValue();
            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isIn("Source", "Data");
            attached.put(entry.getKey(), spec.getEmbeddedFile().toByteArray());
        }
        assertThat(pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size())
                .isEqualTo(attached.size());
        assertThat(attached.get(Attachments.MANIFEST)).isEqualTo(result.manifest());
        for (JsonNode exhibit : manifest.get("exhibits")) {
            byte[] original = attached.get(exhibit.get("attachment").asText());
            assertThat(original).as(exhibit.get("filename").asText()).isNotNull();
            assertThat(DossierFixtures.sha256(original)).isEqualTo(exhibit.get("sha256").asText());
            assertThat((long) original.length).isEqualTo(exhibit.get("size").asLong());
        }
        assertThat(attached).hasSize(result.plan().exhibits().size() + 1);
        assertThat(manifest.get("chainHead").asText()).isEqualTo("ab".repeat(32));
        assertThat(manifest.get("builtAt").asText()).isEqualTo("2025-06-30T10:00:00Z");
        assertThat(Files.readAllBytes(result.manifestFile())).isEqualTo(result.manifest());
    }

    @Test
    void theSameFileUploadedTwiceIsListedOnce() {
        List<DossierPlan.PlannedExhibit> withBytes = result.plan().exhibits().stream()
                .filter(e -> e.sha256().equals(duplicated.sha256())).toList();
        assertThat(withBytes).hasSize(1);
        assertThat(withBytes.get(0).documentId()).isEqualTo(duplicated.documentId());
        assertThat(withBytes.get(0).duplicates()).containsExactly(duplicate.documentId());
        assertThat(result.plan().exhibits()).noneMatch(e -> e.documentId().equals(duplicate.documentId()));
    }

    @Test
    void titlesAndDatesComeFromTheDocumentsOrTheirNames() {
        Map<String, DossierPlan.PlannedExhibit> byFile = new HashMap<>();
        result.plan().exhibits().forEach(e -> byFile.put(e.filename(), e));
        DossierPlan.PlannedExhibit order = byFile.get("2024-10-01 Bon de commande BC-77.odt");
        assertThat(order.title()).isEqualTo("Bon de commande BC-77");
        assertThat(order.date()).isEqualTo(LocalDate.of(2024, 10, 1));
        DossierPlan.PlannedExhibit mail = byFile.get("reponse-debiteur.eml");
        assertThat(mail.title()).isEqualTo("Re: Facture F-2025-017");
        assertThat(mail.date()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void isPdfA3bAndOpensAtFullSize() throws Exception {
        assertThat(result.pdfa()).as(String.join("\n", result.pdfaIssues())).isTrue();
        assertThat(VeraPdf.failures(result.volumes().get(0).pdf())).isEmpty();
        PDPageXYZDestination open = (PDPageXYZDestination) pdf.getDocumentCatalog().getOpenAction();
        assertThat(open.getZoom()).isEqualTo(1f);
        assertThat(pageIndex(open)).isZero();
        assertThat(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[9]).isEqualTo("10");
    }

    @Test
    void convertersReportWhatTheyDid() {
        Map<String, JsonNode> byFile = new HashMap<>();
        manifest.get("exhibits").forEach(e -> byFile.put(e.get("filename").asText(), e));
        assertThat(byFile.get("protege.pdf").get("conversion").asText()).isEqualTo("placeholder");
        assertThat(byFile.get("archive.zip").get("conversion").asText()).isEqualTo("placeholder");
        assertThat(byFile.get("bordereau-transport.tif").get("pages").get("count").asInt()).isEqualTo(3);
        String office = byFile.get("devis-D-118.docx").get("conversion").asText();
        assertThat(office).isIn("office", "placeholder");
        if (ExternalCommand.available("soffice", dir)) {
            assertThat(office).isEqualTo("office");
        }
        if (ExternalCommand.available("tesseract", dir)) {
            assertThat(byFile.get("bordereau-transport.tif").get("conversion").asText()).isEqualTo("image+ocr");
            int first = byFile.get("bordereau-transport.tif").get("pages").get("first").asInt();
            assertThat(pageTexts.get(first - 1)).contains("SCAN");
        }
    }

    private static int pageIndex(Object destination) {
        try {
            PDPageDestination page = (PDPageDestination) destination;
            return pdf.getPages().indexOf(page.getPage());
        } catch (ClassCastException e) {
            throw new AssertionError("not a page destination: " + destination, e);
        }
    }
}
