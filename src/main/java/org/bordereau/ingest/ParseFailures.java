package org.bordereau.ingest;

import java.util.Locale;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.bordereau.ingest.DocumentRejectedException.Reason;

/**
 * Turns what a parser threw into the reason a file is refused. The client gets a sentence about its
 * file; the exception itself (with the parser's own words) goes into the cause, for the log only.
 * Parsers report the same problem in many ways, hence the look at the whole cause chain and at a few
 * well-known messages (the JDK's entity-expansion limit has no exception class of its own).
 */
final class ParseFailures {
    private ParseFailures() {}

    static DocumentRejectedException classify(Throwable failure, String mediaType) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DocumentRejectedException) {
                return (DocumentRejectedException) t;
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new DocumentRejectedException(Reason.ENCRYPTED, "The " + describe(mediaType)
                        + " is protected by a password or encrypted, so it cannot be read. Send it unprotected.",
                        failure);
            }
            if (t instanceof AccessPermissionException) {
                return new DocumentRejectedException(Reason.ENCRYPTED, "The " + describe(mediaType)
                        + " forbids extracting its text. Send a copy without that restriction.", failure);
            }
            if (t instanceof TikaMemoryLimitException || isExpansion(t.getMessage())) {
                return new DocumentRejectedException(Reason.TOO_COMPLEX, "The " + describe(mediaType)
                        + " expands far beyond its size (a decompression bomb or entity expansion); it is "
                        + "refused for safety.", failure);
            }
        }
        return new DocumentRejectedException(Reason.CORRUPT, "The " + describe(mediaType)
                + " is damaged or truncated and cannot be read. Send the original file again.", failure);
    }

    private static boolean isExpansion(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("suspected zip bomb") || m.contains("zip bomb detected")
                || m.contains("entity expansion") || m.contains("doctype is disallowed")
                || m.contains("jaxp00010001");
    }

    /** "PDF file", "Word document"...: how the client knows their file. */
    static String describe(String mediaType) {
        switch (mediaType) {
            case MediaTypes.PDF:
                return "PDF file";
            case MediaTypes.DOCX:
            case MediaTypes.DOC:
                return "Word document";
            case MediaTypes.XLSX:
            case MediaTypes.XLS:
                return "Excel workbook";
            case MediaTypes.ODT:
            case MediaTypes.ODS:
                return "OpenDocument file";
            case MediaTypes.EML:
            case MediaTypes.MSG:
                return "e-mail";
            case MediaTypes.XML:
                return "XML file";
            default:
                return "file (" + mediaType + ")";
        }
    }
}
