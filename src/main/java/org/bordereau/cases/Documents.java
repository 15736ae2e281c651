package org.bordereau.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How document events change a case's document list (part of the projection). */
final class Documents {
    private Documents() {}

    static List<Document> added(List<Document> documents, EventData.DocumentAdded e, CaseEvent event) {
        List<Document> next = new ArrayList<>(documents);
        Document.Extraction x = e.extraction();
        next.add(new Document(e.documentId(), e.sha256(), e.size(), e.mediaType(), e.declaredType(), e.filename(),
                x == null ? DocumentKind.OTHER : x.kind(), x == null ? Map.of() : x.fields(), x, e.metadata(),
                e.warnings(), e.parentId(), e.note(), event.at(), event.actor(), List.of()));
        return next;
    }

    /** Applies a correction on top of the current view; the extraction itself is never touched. */
    static List<Document> corrected(List<Document> documents, EventData.DocumentCorrected e, CaseEvent event) {
        List<Document> next = new ArrayList<>(documents.size());
        for (Document d : documents) {
            if (!d.id().equals(e.documentId())) {
                next.add(d);
                continue;
            }
            Map<String, ExtractedField> fields = new HashMap<>(d.fields());
            e.fields().forEach((name, value) -> {
                if (value == null || value.isBlank()) {
                    fields.remove(name);
                } else {
                    fields.put(name, new ExtractedField(value, ExtractedField.AGENT, 1.0));
                }
            });
            List<Document.Correction> corrections = new ArrayList<>(d.corrections());
            corrections.add(new Document.Correction(event.at(), event.actor(), e.kind(), e.fields(), e.reason()));
            next.add(new Document(d.id(), d.sha256(), d.size(), d.mediaType(), d.declaredType(), d.filename(),
                    e.kind() == null ? d.kind() : e.kind(), fields, d.extraction(), d.metadata(), d.warnings(),
                    d.parentId(), d.note(), d.addedAt(), d.addedBy(), corrections));
        }
        return next;
    }
}
