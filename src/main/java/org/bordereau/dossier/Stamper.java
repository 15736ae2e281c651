package org.bordereau.dossier;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Stage 3, stamp and paginate: every exhibit page is made portrait with a free bottom band
 * ({@link PageShape}), then stamped there with {@code Pièce n° k — p. i/n} on the left and the
 * dossier page ({@code 37 / 160}, or {@code C 4} per section) on the right. Front matter pages get the
 * page number only: they are counted in the numbering, as courts expect.
 */
final class Stamper {
    private static final float SIZE = 8f;
    private static final float BASELINE = 10f;
    private static final float SIDE = 28f;
    private static final float GREY = 0.2f;

    private Stamper() {}

    static void stamp(Assembly assembly, DossierPlan plan, Labels labels, Fonts fonts) throws IOException {
        PDDocument document = assembly.document();
        PDType0Font font = fonts.load(document, labels.language().equals("ar") ? Fonts.ARABIC : Fonts.SANS);
        for (int index = 0; index < assembly.roles().size(); index++) {
            PDPage page = document.getPage(index);
            Assembly.Role role = assembly.roles().get(index);
            String exhibitStamp = null;
            if (role instanceof Assembly.ExhibitPage) {
                Assembly.ExhibitPage exhibitPage = (Assembly.ExhibitPage) role;
                PageShape.normalize(document, page, exhibitPage.foreign());
                exhibitStamp = labels.get("stamp.exhibit", exhibitPage.exhibit().number(), exhibitPage.page(),
                        exhibitPage.exhibit().pageCount());
            }
            int dossierPage = assembly.dossierPage(index);
            String pageStamp = plan.numbering() == Numbering.CONTINUOUS
                    ? labels.get("stamp.page", dossierPage, plan.totalPages())
                    : label(plan, dossierPage);
            draw(document, page, font, exhibitStamp, pageStamp);
        }
    }

    /** The per-section label of a dossier page: its section's letter and its rank in the section. */
    static String label(DossierPlan plan, int dossierPage) {
        for (DossierPlan.Section section : plan.sections()) {
            if (dossierPage >= section.firstPage() && dossierPage <= section.lastPage()) {
                return Planner.label(Numbering.PER_SECTION, section.letter(), section.firstPage(), dossierPage);
            }
        }
        throw new IllegalStateException("page " + dossierPage + " is in no section");
    }

    private static void draw(PDDocument document, PDPage page, PDType0Font font, String left, String right)
            throws IOException {
        float width = page.getCropBox().getWidth();
        float x0 = page.getCropBox().getLowerLeftX();
        float y0 = page.getCropBox().getLowerLeftY();
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.setNonStrokingColor(GREY, GREY, GREY);
            if (left != null) {
                Glyphs.show(content, font, SIZE, x0 + SIDE, y0 + BASELINE, Glyphs.printable(font, left));
            }
            String printable = Glyphs.printable(font, right);
            float rightWidth = Glyphs.width(font, SIZE, printable);
            Glyphs.show(content, font, SIZE, x0 + width - SIDE - rightWidth, y0 + BASELINE, printable);
        }
    }
}
