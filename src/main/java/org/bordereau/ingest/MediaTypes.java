package org.bordereau.ingest;

import java.util.Set;

/**
 * The media types ingestion accepts (DESIGN.md §7, issue 4), as Apache Tika names them, and the
 * families that are read differently. Anything not listed is refused naming what it is.
 */
final class MediaTypes {
    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String TIFF = "image/tiff";
    static final String TEXT = "text/plain";
    static final String CSV = "text/csv";
    static final String EML = "message/rfc822";
    static final String MSG = "application/vnd.ms-outlook";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String RTF = "application/rtf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    /** Accepted only when the root element is an e-invoice's ({@link XmlInvoiceRoots}). */
    static final String XML = "application/xml";
    static final String OCTET_STREAM = "application/octet-stream";
    /** What Tika calls an OOXML file whose package is encrypted with a password. */
    static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

    /**
     * CSV is plain text that only its name or declared type tells apart; it is accepted because
     * statements of account and ERP exports come as CSV. Macro-enabled and template Office types
     * (docm, xlsm, dotx...) are refused: evidence does not need macros.
     */
    static final Set<String> ACCEPTED = Set.of(PDF, PNG, JPEG, TIFF, TEXT, CSV, EML, MSG, DOCX, DOC, ODT, RTF, XLSX,
            XLS, ODS, XML);
    static final Set<String> EMAILS = Set.of(EML, MSG);
    static final Set<String> IMAGES = Set.of(PNG, JPEG, TIFF);
    /** Zip packages, checked for decompression bombs before a parser opens them. */
    static final Set<String> ZIP_PACKAGES = Set.of(DOCX, XLSX, ODT, ODS);

    static final String ACCEPTED_LIST = "PDF, PNG, JPEG, TIFF, plain text, CSV, e-mail (.eml, Outlook .msg), "
            + "Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), RTF, "
            + "and XML e-invoices (UBL, UN/CEFACT CII)";

    private MediaTypes() {}

    /**
     * A declared type as it is recorded: the base type in lower case ("application/pdf; name=x.pdf"
     * becomes "application/pdf"), or, when it is not a media type at all, the text without control
     * characters and cut to 100 characters; {@code null} for none. It is a claim, kept to show it.
     */
    static String declared(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        org.apache.tika.mime.MediaType type = org.apache.tika.mime.MediaType.parse(raw.strip().toLowerCase(
                java.util.Locale.ROOT));
        if (type != null) {
            return type.getBaseType().toString();
        }
        String printable = raw.replaceAll("\\p{Cntrl}", "").strip();
        return printable.length() > 100 ? printable.substring(0, 100) : printable;
    }
}
