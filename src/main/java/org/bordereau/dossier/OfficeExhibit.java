package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Office and ODF documents through LibreOffice headless, exporting PDF/A-3 (LibreOffice's
 * {@code SelectPdfVersion} 3, which veraPDF accepts as 3b), with a time limit and a private user
 * profile (one per conversion running at once: LibreOffice refuses to share a profile between running
 * instances; reused by the build's next conversion, which then starts faster). Without
 * LibreOffice, or when it fails, the exhibit is a placeholder page; the original is attached either way.
 */
record OfficeExhibit() implements ExhibitConverter {
    private static final String PDFA_OPTIONS = "{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"3\"}}";

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        if (!context.officeAvailable()) {
            return context.placeholder(original, PlaceholderExhibit.Reason.OFFICE_UNAVAILABLE);
        }
        Path work = context.newFolder("office-");
        Path input = work.resolve("exhibit." + extension(original.exhibit()));
        Files.copy(original.file(), input);
        Path outDir = Files.createDirectory(work.resolve("out"));
        Path profile = context.borrowOfficeProfile();
        ExternalCommand.Outcome outcome;
        try {
            List<String> command = List.of(context.settings().soffice(), "--headless", "--norestore", "--nologo",
                    "--nolockcheck", "--nodefault", "-env:UserInstallation=" + profile.toUri(),
                    "--convert-to", "pdf:" + filter(original.exhibit().mediaType()) + ":" + PDFA_OPTIONS,
                    "--outdir", outDir.toString(), input.toString());
            outcome = ExternalCommand.run(command, work, context.settings().officeTimeout());
        } finally {
            context.returnOfficeProfile(profile);
        }
        Path pdf = outDir.resolve("exhibit.pdf");
        if (!outcome.ok() || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            return context.placeholder(original, PlaceholderExhibit.Reason.OFFICE_FAILED);
        }
        Converted pages = new PdfExhibit().pages(pdf, context);
        List<String> notes = new ArrayList<>(pages.notes());
        notes.add("Converted by LibreOffice (PDF/A-3 export).");
        // the PDF's creation date is the conversion's, not the document's: not a date for the index
        return new Converted(pages.pdf(), pages.pages(), "office", pages.title(), null, notes,
                pages.pdfaIssues(), true);
    }

    /** LibreOffice picks its import filter from the extension; the stored name is not trusted for that. */
    private static String extension(Exhibit exhibit) {
        String type = exhibit.mediaType().toLowerCase(Locale.ROOT);
        if (type.contains("wordprocessingml")) {
            return "docx";
        }
        if (type.contains("spreadsheetml")) {
            return "xlsx";
        }
        if (type.contains("presentationml")) {
            return "pptx";
        }
        if (type.contains("opendocument.text")) {
            return "odt";
        }
        if (type.contains("opendocument.spreadsheet")) {
            return "ods";
        }
        if (type.contains("opendocument.presentation")) {
            return "odp";
        }
        if (type.contains("rtf")) {
            return "rtf";
        }
        if (type.contains("ms-excel")) {
            return "xls";
        }
        if (type.contains("ms-powerpoint")) {
            return "ppt";
        }
        return "doc";
    }

    private static String filter(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("spreadsheet") || type.contains("ms-excel")) {
            return "calc_pdf_Export";
        }
        if (type.contains("presentation") || type.contains("ms-powerpoint")) {
            return "impress_pdf_Export";
        }
        return "writer_pdf_Export";
    }
}
