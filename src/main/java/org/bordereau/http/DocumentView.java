package org.bordereau.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.ExtractedField;

/** A document as the API shows it: the case's view plus where to fetch the bytes. */
record DocumentView(
        String id, String sha256, long size, String mediaType, String declaredType, String filename,
        DocumentKind kind, Map<String, ExtractedField> fields, Document.Extraction extraction,
        Map<String, String> metadata, List<String> warnings, String parentId, String note,
        Instant addedAt, String addedBy, List<Document.Correction> corrections, String contentUrl,
        List<DocumentView> attachments) {

    static DocumentView of(String caseId, Document d, List<Document> attachments) {
        return new DocumentView(d.id(), d.sha256(), d.size(), d.mediaType(), d.declaredType(), d.filename(),
                d.kind(), d.fields(), d.extraction(), d.metadata(), d.warnings(), d.parentId(), d.note(),
                d.addedAt(), d.addedBy(), d.corrections(),
                "/v1/cases/" + caseId + "/documents/" + d.id() + "/content",
                attachments.isEmpty() ? null : attachments.stream().map(a -> of(caseId, a, List.of())).toList());
    }
}
