package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One page standing for an original that cannot be shown as pages: it names the file, says why, and
 * where the original is (attached to the PDF) with its SHA-256, so the piece is still filed and traceable.
 */
record PlaceholderExhibit(Reason reason) implements ExhibitConverter {
    /** Why an exhibit is a placeholder; the text is {@code reason.NAME} in the labels. */
    enum Reason { OFFICE_UNAVAILABLE, OFFICE_FAILED, ENCRYPTED, UNREADABLE, EMPTY, UNSUPPORTED }

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        Labels labels = context.labels();
        Exhibit exhibit = original.exhibit();
        Path out = context.newFile("placeholder-", ".pdf");
        try (PDDocument document = context.newDocument()) {
            PDType0Font sans = context.fonts().load(document, Fonts.SANS);
            PDType0Font bold = context.fonts().load(document, Fonts.SANS_BOLD);
            PDType0Font mono = context.fonts().load(document, Fonts.MONO);
            PDType0Font arabic = context.fonts().load(document, Fonts.ARABIC);
            try (FlowWriter page = new FlowWriter(document, arabic)) {
                page.gap(120f);
                page.paragraph(bold, 15f, 0f, labels.get("placeholder.heading"));
                page.gap(12f);
                page.paragraph(bold, 11f, 0f, exhibit.filename());
                page.gap(8f);
                page.paragraph(sans, 11f, 0f, labels.get("placeholder.body", labels.get("reason." + reason.name()),
                        context.attachmentName(original), exhibit.mediaType(), original.size()));
                page.gap(12f);
                page.paragraph(sans, 10f, 0f, labels.get("placeholder.hash"));
                page.paragraph(mono, 9f, 0f, original.sha256());
            }
            document.save(out.toFile());
            return new Converted(out, document.getNumberOfPages(), "placeholder", null, null,
                    List.of("Filed as a placeholder page: " + reason.name()), List.of(), false);
        }
    }
}
