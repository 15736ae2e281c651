package org.bordereau.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An exhibit as pages: a PDF file (the original itself when it was a PDF), what the document says its
 * title and date are (null when it says nothing), how it was made, and what the reader of the manifest
 * should know (notes) or what keeps its pages from PDF/A (pdfaIssues).
 *
 * @param foreignPages pages we did not lay out ourselves: their margins must be checked before stamping
 */
record Converted(
        Path pdf,
        int pages,
        String method,
        String title,
        LocalDate date,
        List<String> notes,
        List<String> pdfaIssues,
        boolean foreignPages) {

    Converted {
        notes = List.copyOf(notes);
        pdfaIssues = List.copyOf(pdfaIssues);
    }
}
