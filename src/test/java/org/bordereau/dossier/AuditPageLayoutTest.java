package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.GlyphLayout.TOLERANCE;
import static org.bordereau.testing.GlyphLayout.firstOf;
import static org.bordereau.testing.GlyphLayout.overlaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.testing.CaseFiles;
import org.bordereau.testing.GlyphLayout;
import org.bordereau.testing.GlyphLayout.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit part of the FOP front matter lists every event of the case with its full SHA-256 hash, and
 * nothing printed on its pages (nor on the index's) runs out of its column or past the page margins, in
 * fr, ar (right to left) and en. The cases carry what used to overflow: actors of API keys ({@code key:}
 * and 12 hex digits, no break opportunity), the longest event type, enough events for the table to go on
 * to a second page, and exhibits whose file names and titles are long words joined by "_" or not at all.
 */
class AuditPageLayoutTest {
    /** The front matter's page margins ({@code templates/common/front.ftl}): 20 mm left and right. */
    private static final float SIDE_MARGIN = 20 / 25.4f * 72;
    private static final List<String> KEYS = List.of("key:710575baf133", "key:3fa9c2d07b41");

    @TempDir
    static Path dir;
    static FrontMatterCases cases;
    static Case moroccan;
    static Case french;
    /** One dossier per language, built once for all the checks. */
    static final Map<String, DossierResult> BUILT = new ConcurrentHashMap<>();

    @BeforeAll
    static void cases() {
        cases = new FrontMatterCases(dir);
        moroccan = withApiKeyEvents(cases.moroccan(CaseFiles.moroccanDebtor()), "F-2025-017");
        french = withApiKeyEvents(cases.french(), "F-2025-101");
    }

    /** What an ERP and a lawyer's tool do through the API: link a delivery note to a claim, download outputs. */
    private static Case withApiKeyEvents(Case file, String invoice) {
        String note = cases.files.document(file.id(), DocumentKind.DELIVERY_PROOF, "bon-de-livraison.pdf");
        cases.files.commands.record(CaseFiles.TENANT, file.id(), KEYS.get(0), null,
                new EventData.ClaimDocumentsLinked(invoice, List.of(note)));
        for (int i = 0; i < 24; i++) {
            cases.files.cases.record(CaseFiles.TENANT, file.id(), KEYS.get(i % 2),
                    new EventData.OutputDownloaded("letter", "01JZ8K3M4N5P6Q7R8S9T0V1W2X", "pdf", "api"));
        }
        return cases.files.get(file.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyGlyphOfTheAuditPagesStaysInsideTheMarginsAndOverlapsNoOther(String language) throws Exception {
        assertPagesFit(language, "audit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void longFileNamesAndTitlesInTheIndexStayInTheirColumn(String language) throws Exception {
        assertPagesFit(language, "index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void theAuditPagesPrintTheFullHashOfEveryEventAndWhoRecordedIt(String language) throws Exception {
        Case file = "en".equals(language) ? french : moroccan;
        List<CaseEvent> events = cases.files.cases.events(CaseFiles.TENANT, file.id());
        DossierResult built = built(language);
        try (PDDocument document = Loader.loadPDF(built.volumes().get(0).pdf().toFile())) {
            StringBuilder hashes = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int page : pagesOf(document, built, "audit")) {
                hashes.append(monospaced(GlyphLayout.of(document, page)));
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                text.append(stripper.getText(document));
            }
            for (CaseEvent event : events) {
                assertThat(hashes).as("hash of event %d", event.seq()).contains(event.hash());
            }
            assertThat(hashes).as("the chain's start").contains("0".repeat(64));
            assertThat(text).contains(KEYS.get(0), KEYS.get(1), "CLAIM_DOCUMENTS_LINKED");
        }
    }

    /** No glyph of the part's pages past the side margins, none printed over a glyph of another run. */
    private static void assertPagesFit(String language, String part) throws IOException {
        DossierResult built = built(language);
        try (PDDocument document = Loader.loadPDF(built.volumes().get(0).pdf().toFile())) {
            for (int page : pagesOf(document, built, part)) {
                PDPage p = document.getPage(page);
                float right = p.getMediaBox().getWidth() - SIDE_MARGIN;
                float band = p.getMediaBox().getHeight() - DossierLayout.STAMP_BAND; // the builder's stamp, not FOP's
                List<Glyph> glyphs = GlyphLayout.of(document, page).stream().filter(g -> g.baseline() < band).toList();
                assertThat(firstOf(glyphs.stream()
                        .filter(g -> g.x() < SIDE_MARGIN - TOLERANCE || g.x() + g.width() > right + TOLERANCE).toList()))
                        .as("glyphs of page %d past the side margins", page + 1).isEmpty();
                assertThat(firstOf(overlaps(glyphs))).as("glyphs of page %d printed over others", page + 1).isEmpty();
            }
        }
    }

    private static DossierResult built(String language) {
        return BUILT.computeIfAbsent(language, l -> {
            try {
                return cases.build("en".equals(l) ? french : moroccan, l, DossierOptions.defaults(), "audit-" + l,
                        exhibits(l));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A contract, and file names as scanners and ERPs write them: words joined by "_", or not separated at all. */
    private static List<Exhibit> exhibits(String language) throws IOException {
        DossierFixtures f = new DossierFixtures(Files.createDirectories(dir.resolve("in-" + language)));
        f.add(DocumentKind.CONTRACT, f.pdf("contrat.pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                "Contrat-cadre de fourniture", d("2024-09-02"));
        f.add(DocumentKind.INVOICE, f.pdf("2025-01-15_Facture_F-2025-017_Souss_Negoce_SA_copie_certifiee_conforme"
                + "_avec_annexes_et_bordereau_de_livraison.pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                "Facture_F-2025-017_Souss_Negoce_SA_copie_certifiee_conforme_avec_annexes_et_bordereau", null);
        f.add(DocumentKind.DELIVERY_PROOF, f.pdf("ScanBonDeLivraisonSoussNegoceAgadirNovembre2024RecuParLeMagasinCentral"
                + "DeCasablancaSigneEtTamponne.pdf", 1, PDRectangle.A4, 0, false), "application/pdf");
        return f.exhibits;
    }

    /** The pages of a part: from its bookmark to the next part's, or to the end of the front matter. */
    private static List<Integer> pagesOf(PDDocument document, DossierResult built, String part) throws IOException {
        List<PDOutlineItem> top = new ArrayList<>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
        int index = CaseFrontMatter.PARTS.indexOf(part);
        int first = pageOf(document, top.get(index));
        int end = index + 1 < CaseFrontMatter.PARTS.size() ? pageOf(document, top.get(index + 1))
                : built.plan().frontMatterPages();
        List<Integer> pages = new ArrayList<>();
        for (int i = first; i < end; i++) {
            pages.add(i);
        }
        assertThat(pages).as("pages of %s", part).isNotEmpty();
        return pages;
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        return document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
    }

    /** The monospaced (hash) glyphs in reading order: lines top to bottom, each left to right, no spaces. */
    private static String monospaced(List<Glyph> glyphs) {
        Map<Integer, List<Glyph>> lines = new TreeMap<>();
        glyphs.stream().filter(Glyph::monospaced)
                .forEach(g -> lines.computeIfAbsent(Math.round(g.baseline() * 2), k -> new ArrayList<>()).add(g));
        StringBuilder text = new StringBuilder();
        lines.values().forEach(line -> line.stream().sorted(Comparator.comparingDouble(Glyph::x))
                .forEach(g -> text.append(g.text())));
        return text.toString();
    }
}
