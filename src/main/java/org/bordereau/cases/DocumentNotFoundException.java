package org.bordereau.cases;

/** No such document on this case (of this tenant). */
public class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String documentId) {
        super("no document " + documentId);
    }
}
