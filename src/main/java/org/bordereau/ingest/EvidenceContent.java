package org.bordereau.ingest;

import java.io.InputStream;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentNotFoundException;
import org.bordereau.storage.BlobStore;

/**
 * Reads back the original bytes of a document. Evidence is content-addressed and immutable:
 * {@code t/{tenant}/blobs/sha256/{first two hex digits}/{sha256}} (DESIGN.md §3).
 */
public final class EvidenceContent {
    private final BlobStore store;
    private final CaseService cases;

    public EvidenceContent(BlobStore store, CaseService cases) {
        this.store = store;
        this.cases = cases;
    }

    public static String blobKey(String tenant, String sha256) {
        return Blobs.key(tenant, sha256);
    }

    /** The document of the tenant's case (404s as {@link DocumentNotFoundException}) and its open bytes. */
    public Opened open(String tenant, String caseId, String documentId) {
        Document document = document(tenant, caseId, documentId);
        return new Opened(document, store.get(blobKey(tenant, document.sha256())));
    }

    public Document document(String tenant, String caseId, String documentId) {
        return cases.get(tenant, caseId).document(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
    }

    /** A document and its bytes; the caller closes {@code content}. */
    public record Opened(Document document, InputStream content) {}
}
