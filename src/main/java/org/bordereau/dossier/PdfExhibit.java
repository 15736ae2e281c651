package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF is filed as it is: its pages are imported, never rasterised. What PDF/A-3b forbids in them
 * (fonts not embedded, CMYK without a CMYK output intent, annotations without appearance…) is
 * reported by {@link PdfaCheck} so the dossier can say it is not PDF/A instead of pretending.
 * A PDF that needs a password to open is filed as a placeholder; one that only restricts printing or
 * copying (owner password) is filed, and the manifest says its restrictions were lifted.
 */
record PdfExhibit() implements ExhibitConverter {

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        try {
            return pages(original.file(), context);
        } catch (InvalidPasswordException e) {
            return context.placeholder(original, PlaceholderExhibit.Reason.ENCRYPTED);
        }
    }

    /** Reads a PDF file already on disk (an original, or LibreOffice's output). */
    Converted pages(Path pdf, Conversions context) throws IOException {
        try (PDDocument document = context.load(pdf)) {
            List<String> notes = new ArrayList<>();
            if (document.isEncrypted()) {
                notes.add("The PDF restricted printing or copying (owner password); the restrictions are not kept.");
            }
            List<String> issues = PdfaCheck.issues(document);
            PDDocumentInformation info = document.getDocumentInformation();
            return new Converted(pdf, document.getNumberOfPages(), "pdf", title(info.getTitle()),
                    day(info.getCreationDate()), notes, issues, true);
        }
    }

    /** A PDF title worth showing: not empty, not a tool's "Microsoft Word - x.docx". */
    private static String title(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String cleaned = title.replaceFirst("^Microsoft (Word|Excel|PowerPoint) - ", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static LocalDate day(Calendar created) {
        return created == null ? null
                : created.toInstant().atZone(created.getTimeZone() == null ? ZoneOffset.UTC
                        : created.getTimeZone().toZoneId()).toLocalDate();
    }
}
