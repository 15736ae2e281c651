package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.Party;

/**
 * A plain front matter drawn with PDFBox: cover (parties, reference, counts, date, chain head), the
 * bordereau (one {@code #piece-K} link per line, as {@link FrontMatter} asks) and the audit page of
 * events with their hashes. Stands in until the FOP front matter ({@code render}) is wired in {@code app};
 * it has no statement, chronology or completeness report. Fonts embedded (PDF/A), texts from the labels.
 */
public final class PlainFrontMatters implements FrontMatterFactory {
    private static final int INDEX_LINES = 22;
    private static final int AUDIT_LINES = 48;
    private static final int TITLE_CHARACTERS = 48;
    private static final float LEFT = 60;

    private final Fonts fonts = new Fonts();

    @Override
    public FrontMatter forCase(String tenant, Case file, String language, LocalDate asOf) {
        Labels labels = new Labels(language == null ? "fr" : language);
        return (plan, folder) -> render(file, labels, asOf, plan, folder);
    }

    private FrontMatter.RenderedPages render(Case file, Labels labels, LocalDate asOf, DossierPlan plan, Path folder)
            throws IOException {
        Path out = Files.createTempFile(folder, "front-", ".pdf");
        List<FrontMatter.Part> parts = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = fonts.load(document, labels.language().equals("ar") ? Fonts.ARABIC : Fonts.SANS);
            parts.add(new FrontMatter.Part(labels.get("front.cover"), 0));
            cover(document, font, labels, file, asOf, plan);
            parts.add(new FrontMatter.Part(labels.get("front.index"), document.getNumberOfPages()));
            index(document, font, labels, plan);
            parts.add(new FrontMatter.Part(labels.get("front.audit"), document.getNumberOfPages()));
            audit(document, font, labels, plan);
            document.save(out.toFile());
            return new FrontMatter.RenderedPages(out, document.getNumberOfPages(), parts);
        }
    }

    private static void cover(PDDocument document, PDType0Font font, Labels labels, Case file, LocalDate asOf,
            DossierPlan plan) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(document, page(document))) {
            float y = 720;
            text(c, font, 22, y, labels.get("front.cover.title"));
            y -= 40;
            text(c, font, 12, y, labels.get("front.cover.reference", plan.caseReference()));
            for (String line : List.of(labels.get("front.cover.creditor", party(file.creditor())),
                    labels.get("front.cover.ids", ids(file.creditor())),
                    labels.get("front.cover.debtor", party(file.debtor())),
                    labels.get("front.cover.ids", ids(file.debtor())),
                    labels.get("front.cover.summary", plan.exhibits().size(), plan.totalPages()),
                    labels.get("front.cover.date", asOf),
                    labels.get("front.cover.chain", plan.chainHead()))) {
                y -= 24;
                text(c, font, line.length() > 90 ? 8 : 11, y, line);
            }
        }
    }

    private static void index(PDDocument document, PDType0Font font, Labels labels, DossierPlan plan)
            throws IOException {
        List<DossierPlan.PlannedExhibit> exhibits = plan.exhibits();
        for (int start = 0; start < Math.max(1, exhibits.size()); start += INDEX_LINES) {
            PDPage page = page(document);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                text(c, font, 14, 780, labels.get("front.index"));
                float y = 740;
                for (DossierPlan.PlannedExhibit e : exhibits.subList(start, Math.min(exhibits.size(), start + INDEX_LINES))) {
                    String line = labels.get("front.index.line", e.number(), shorten(e.title()),
                            e.date() == null ? "" : e.date(), e.firstLabel(), e.lastLabel())
                            + (e.volume() > 1 ? " " + labels.get("front.index.otherVolume", e.volume()) : "");
                    text(c, font, 10, y, line);
                    link(page, e.number(), y);
                    y -= 30;
                }
            }
        }
    }

    private static void audit(PDDocument document, PDType0Font font, Labels labels, DossierPlan plan)
            throws IOException {
        List<CaseEvent> events = plan.events();
        for (int start = 0; start < Math.max(1, events.size()); start += AUDIT_LINES) {
            try (PDPageContentStream c = new PDPageContentStream(document, page(document))) {
                text(c, font, 14, 780, labels.get("front.audit"));
                float y = 755;
                for (CaseEvent event : events.subList(start, Math.min(events.size(), start + AUDIT_LINES))) {
                    text(c, font, 7, y, labels.get("front.audit.line", event.seq(), event.type(), event.at(), event.hash()));
                    y -= 14;
                }
            }
        }
    }

    private static String party(Party party) {
        if (party == null) {
            return "";
        }
        return party.legalForm() == null ? party.name() : party.name() + " (" + party.legalForm() + ")";
    }

    private static String ids(Party party) {
        StringJoiner ids = new StringJoiner(", ");
        if (party != null) {
            add(ids, "ICE", party.ice());
            add(ids, "SIREN", party.siren());
            add(ids, "SIRET", party.siret());
            add(ids, "RC", party.rc());
            add(ids, "IF", party.taxId());
        }
        return ids.toString();
    }

    private static void add(StringJoiner ids, String label, String value) {
        if (value != null && !value.isBlank()) {
            ids.add(label + " " + value);
        }
    }

    private static String shorten(String title) {
        return title.length() > TITLE_CHARACTERS ? title.substring(0, TITLE_CHARACTERS) + "…" : title;
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float y, String text)
            throws IOException {
        Glyphs.show(c, font, size, LEFT, y, Glyphs.printable(font, text));
    }

    /** The index line as a link marked for the builder, as FOP's basic-link gives it. */
    private static void link(PDPage page, int number, float baseline) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(LEFT - 2, baseline - 4, 480, 16));
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
