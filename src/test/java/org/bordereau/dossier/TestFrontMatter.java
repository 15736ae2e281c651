package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.bordereau.cases.CaseEvent;

/**
 * A front matter drawn with PDFBox for the tests (the real one is FOP's, in {@code render}): a cover,
 * the index ({@value #LINES_PER_PAGE} lines a page, each a {@code #piece-K} link as the contract asks)
 * and the audit page of events with their hashes. Counts its calls, so tests can see the re-planning.
 */
final class TestFrontMatter implements FrontMatter {
    static final int LINES_PER_PAGE = 22;
    private final Fonts fonts = new Fonts();
    private int calls;

    int calls() {
        return calls;
    }

    @Override
    public RenderedPages render(DossierPlan plan, Path folder) throws IOException {
        calls++;
        Path out = Files.createTempFile(folder, "front-", ".pdf");
        List<Part> parts = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = fonts.load(document, Fonts.SANS);
            parts.add(new Part("Couverture", 0));
            PDPage cover = page(document);
            try (PDPageContentStream c = new PDPageContentStream(document, cover)) {
                text(c, font, 20, 72, 700, "Dossier de pièces — " + plan.caseReference());
                text(c, font, 11, 72, 670, plan.exhibits().size() + " pièces, " + plan.totalPages() + " pages");
            }
            parts.add(new Part("Bordereau de communication de pièces", document.getNumberOfPages()));
            List<DossierPlan.PlannedExhibit> exhibits = plan.exhibits();
            for (int start = 0; start < Math.max(1, exhibits.size()); start += LINES_PER_PAGE) {
                PDPage page = page(document);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    text(c, font, 14, 72, 780, "Bordereau de communication de pièces");
                    float y = 740;
                    for (DossierPlan.PlannedExhibit e : exhibits.subList(start, Math.min(exhibits.size(), start + LINES_PER_PAGE))) {
                        String line = "n° " + e.number() + "  " + shorten(e.title()) + "  " + (e.date() == null ? "" : e.date())
                                + "  p. " + e.firstLabel() + "–" + e.lastLabel() + (e.volume() > 1 ? "  (tome " + e.volume() + ")" : "");
                        text(c, font, 10, 72, y, line);
                        link(page, e.number(), y);
                        y -= 30;
                    }
                }
            }
            parts.add(new Part("Journal des événements", document.getNumberOfPages()));
            PDPage audit = page(document);
            try (PDPageContentStream c = new PDPageContentStream(document, audit)) {
                text(c, font, 14, 72, 780, "Journal des événements — tête de chaîne " + plan.chainHead().substring(0, 16));
                float y = 750;
                for (CaseEvent event : plan.events()) {
                    text(c, font, 8, 72, y, event.seq() + "  " + event.type() + "  " + event.at() + "  " + event.hash());
                    y -= 14;
                }
            }
            document.save(out.toFile());
            return new RenderedPages(out, document.getNumberOfPages(), parts);
        }
    }

    private static String shorten(String title) {
        return title.length() > 45 ? title.substring(0, 45) + "…" : title;
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    /** The index line as a link marked for the builder, as FOP's basic-link would give it. */
    private static void link(PDPage page, int number, float baseline) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(70, baseline - 4, 460, 16));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI uri = new PDActionURI();
        uri.setURI("#piece-" + number);
        link.setAction(uri);
        link.setPrinted(true);
        page.getAnnotations().add(link);
    }
}
