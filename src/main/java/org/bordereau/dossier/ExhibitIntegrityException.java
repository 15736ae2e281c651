package org.bordereau.dossier;

/**
 * The bytes read for an exhibit are not the bytes recorded when it was ingested. A dossier is evidence:
 * it is never built from altered originals, so the build stops and names the document.
 */
public final class ExhibitIntegrityException extends RuntimeException {
    private final String documentId;

    public ExhibitIntegrityException(String documentId, String expected, String actual) {
        super("The original of document " + documentId + " no longer matches its recorded SHA-256 (recorded "
                + expected + ", read " + actual + "); the dossier was not built.");
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
