package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.cases.Case;
import org.bordereau.cases.Party;
import org.bordereau.testing.CaseFiles;
import org.bordereau.testing.Validators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dossiers built by {@link DossierBuilder} with the FOP front matter ({@link FopFrontMatters}) for an MA
 * case in fr and ar and an FR case in en, re-read as a lawyer's tools read them.
 */
class FopFrontMatterDossierTest {
    @TempDir
    static Path dir;
    static FrontMatterCases cases;
    static Case moroccan;
    static Case french;

    @BeforeAll
    static void cases() {
        cases = new FrontMatterCases(dir);
        moroccan = cases.moroccan(CaseFiles.moroccanDebtor());
        french = cases.french();
    }

    private static DossierResult build(String language) throws IOException {
        return cases.build("en".equals(language) ? french : moroccan, language, DossierOptions.defaults(),
                "t-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void theDossierIsPdfA3bWithTheFrontMatterParts(String language) throws Exception {
        DossierResult result = build(language);
        Path pdf = result.volumes().get(0).pdf();
        assertThat(Validators.pdfA3bFailures(pdf)).isEmpty();
        assertThat(result.pdfa()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> top = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            Labels labels = new Labels(language);
            for (int i = 0; i < CaseFrontMatter.PARTS.size(); i++) {
                assertThat(top.get(i).getTitle()).isEqualTo(labels.get("part." + CaseFrontMatter.PARTS.get(i)));
            }
            // the parts' bookmarks land on the cover first, then on later and later pages, all in the front matter
            int previous = -1;
            for (int i = 1; i < CaseFrontMatter.PARTS.size(); i++) {
                int page = pageOf(document, top.get(i));
                assertThat(page).isGreaterThan(previous);
                previous = page;
            }
            assertThat(pageOf(document, top.get(0))).isZero();
            assertThat(result.plan().frontMatterPages()).isGreaterThan(previous);
        }
    }

    /** The exhibits' sections start at B: the index says that A is the opening pages, not a missing section. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theIndexSaysThatSectionAIsTheOpeningPages(String language) throws Exception {
        DossierResult result = build(language);
        try (PDDocument document = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            String index = text(document, pageOf(document, outline(document).get(1))).replaceAll("\\s+", " ");
            assertThat(index).contains("fr".equals(language) ? "(section A : couverture" : "(section A: cover")
                    .contains("B. ").doesNotContain("A. ");
            assertThat(result.plan().exhibits()).allSatisfy(e -> assertThat(e.section()).isNotEqualTo("A"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void indexLinesLinkToTheFirstPageOfTheirExhibitAndPrintItsRealPageRange(String language) throws Exception {
        DossierResult result = build(language);
        try (PDDocument document = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            int index = pageOf(document, outline(document).get(1));
            PDPage indexPage = document.getPage(index);
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation annotation : indexPage.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    targets.add(document.getPages().indexOf(((PDPageDestination) goTo.getDestination()).getPage()));
                }
            }
            String text = text(document, index);
            for (DossierPlan.PlannedExhibit e : result.plan().exhibits()) {
                assertThat(targets).contains(e.firstPage() - 1);
                // the exhibit's first page is stamped with its number, and the index prints the range it really has
                assertThat(text(document, e.firstPage() - 1)).contains(new Labels(language).get("stamp.exhibit",
                        e.number(), 1, e.pageCount()));
                assertThat(text(document, e.lastPage() - 1)).contains(new Labels(language).get("stamp.exhibit",
                        e.number(), e.pageCount(), e.pageCount()));
                assertThat(text).contains(CaseFrontMatter.pages(Numbering.CONTINUOUS, e));
            }
            assertThat(text).contains("Contrat-cadre de fourniture", "contrat.pdf");
        }
    }

    @Test
    void foplinksCarryTheUriTheBuilderLooksFor() throws Exception {
        FopFrontMatters factory = new FopFrontMatters(FrontMatterCases.RENDERER, cases.files.statements,
                cases.files.completeness);
        DossierResult built = build("fr");
        CaseFrontMatter front = factory.forCase(CaseFiles.TENANT, moroccan, "fr", FrontMatterCases.AS_OF);
        FrontMatter.RenderedPages pages = front.render(built.plan(), dir);
        try (PDDocument document = Loader.loadPDF(pages.pdf().toFile())) {
            List<String> uris = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(pages.parts().get(1).firstPage()).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(uris).contains("#piece-1", "#piece-8").allMatch(u -> u.matches("#piece-[1-8]"));
            // the front matter, then one blank stand-in per exhibit page, which the builder leaves out
            assertThat(document.getNumberOfPages()).isEqualTo(built.plan().totalPages());
            assertThat(pages.pageCount()).isEqualTo(built.plan().frontMatterPages());
        }
    }

    /**
     * FOP prints the page numbers itself (citations of the exhibit stand-ins), so one layout is exact
     * even though the builder could not know the front matter's length before it: the cover counts the
     * real pages, and the index prints the ranges the stamps carry, continuous or per section.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CONTINUOUS", "PER_SECTION"})
    void theFrontMatterIsLaidOutOnceWithTheRealPageNumbers(String numbering) throws Exception {
        List<DossierPlan> rendered = new ArrayList<>();
        DossierResult result = buildCounting(new DossierOptions(Numbering.valueOf(numbering), 0, List.of()),
                "once-" + numbering, rendered);
        DossierPlan plan = result.plan();
        assertThat(rendered).hasSize(1);
        assertThat(rendered.get(0).frontMatterPages()).isNotEqualTo(plan.frontMatterPages());
        try (PDDocument document = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(plan.totalPages());
            assertThat(text(document, 0)).contains(plan.totalPages() + " pages numérotées");
            String index = text(document, pageOf(document, outline(document).get(1)));
            for (DossierPlan.PlannedExhibit e : plan.exhibits()) {
                assertThat(index).contains(CaseFrontMatter.pages(plan.numbering(), e));
                assertThat(text(document, e.firstPage() - 1)).contains(e.firstLabel());
            }
        }
    }

    /** Volumes depend on the front matter's length: the builder lays it out again when a guess moved an exhibit. */
    @Test
    void volumesListedInTheIndexAreTheVolumesBuilt() throws Exception {
        List<DossierPlan> rendered = new ArrayList<>();
        DossierResult result = buildCounting(new DossierOptions(Numbering.CONTINUOUS, 10, List.of()), "volumes",
                rendered);
        assertThat(result.volumes()).hasSizeGreaterThan(1);
        try (PDDocument first = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            String index = text(first, pageOf(first, outline(first).get(1)));
            for (DossierPlan.PlannedExhibit e : result.plan().exhibits()) {
                assertThat(index).contains(CaseFrontMatter.pages(Numbering.CONTINUOUS, e) + " (tome " + e.volume() + ")");
            }
            assertThat(text(first, 0)).contains(result.plan().totalPages() + " pages numérotées en "
                    + result.volumes().size() + " tomes");
        }
    }

    /** The French dossier of the Moroccan case, the plans the front matter was rendered with collected in {@code rendered}. */
    private static DossierResult buildCounting(DossierOptions options, String name, List<DossierPlan> rendered)
            throws IOException {
        FopFrontMatters factory = new FopFrontMatters(FrontMatterCases.RENDERER, cases.files.statements,
                cases.files.completeness);
        CaseFrontMatter front = factory.forCase(CaseFiles.TENANT, moroccan, "fr", FrontMatterCases.AS_OF);
        FrontMatter counting = (plan, folder) -> {
            rendered.add(plan);
            return front.render(plan, folder);
        };
        DossierBuilder builder = new DossierBuilder(counting, Sealer.none(), ConverterSettings.defaults(),
                java.time.Clock.fixed(java.time.Instant.parse("2025-06-30T10:00:00Z"), java.time.ZoneOffset.UTC));
        return builder.build(new DossierRequest(moroccan.reference(), "fr", cases.exhibits(name), options,
                moroccan.chainHead(), cases.files.cases.events(CaseFiles.TENANT, moroccan.id())),
                dir.resolve("out-" + name));
    }

    @Test
    void aDebtorNamedLikeMarkupPrintsLiterally() throws Exception {
        FrontMatterCases hostile = new FrontMatterCases(Files.createDirectories(dir.resolve("hostile")));
        Case file = hostile.moroccan(new Party("<fo:block>Evil</fo:block> & ${x}", null, "002136093000040", null, null,
                null, null, "<fo:external-graphic src=\"file:/etc/passwd\"/>", null, null));
        DossierResult result = hostile.build(file, "fr", DossierOptions.defaults(), "hostile");
        try (PDDocument document = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            assertThat(text(document, 0)).contains("<fo:block>Evil</fo:block> & ${x}")
                    .contains("<fo:external-graphic src=\"file:/etc/passwd\"/>");
        }
    }

    private static List<PDOutlineItem> outline(PDDocument document) {
        List<PDOutlineItem> top = new ArrayList<>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
        return top;
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        return document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
    }

    private static String text(PDDocument document, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(document);
    }
}
