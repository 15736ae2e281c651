package org.bordereau.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.ExtractedField;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;

/**
 * The real service ({@link RunningService#fs}, routes composed by {@code HttpApi}) plus a shortcut
 * that records a document as ingestion would, for tests about what documents mean rather than how
 * they are read.
 */
final class ServiceWithDocuments implements AutoCloseable {
    final CaseService cases;
    private final RunningService service;
    private int documents;

    private ServiceWithDocuments(Path dir) {
        service = RunningService.fs(dir);
        cases = service.app().cases();
    }

    static ServiceWithDocuments start(Path dir) {
        return new ServiceWithDocuments(dir);
    }

    String key(String tenant, Role role) {
        return service.key(tenant, role);
    }

    /** A document as ingestion would record it (upload is issue 4's route). */
    String document(String tenant, String caseId, DocumentKind kind, Map<String, String> fields) {
        String id = String.format("01JHT%021d", ++documents);
        Map<String, ExtractedField> extracted = new java.util.HashMap<>();
        fields.forEach((k, v) -> extracted.put(k, new ExtractedField(v, ExtractedField.TEXT, 0.9)));
        cases.record(tenant, caseId, "key:test", new EventData.DocumentAdded(id, "c".repeat(60) + String.format("%04d",
                documents), 10, "application/pdf", "application/pdf", kind + ".pdf",
                new Document.Extraction(kind, 0.9, extracted), Map.of(), List.of(), null, null));
        return id;
    }

    Reply get(String path, String key) {
        return service.get(path, key);
    }

    Reply post(String path, String key, String json) {
        return service.post(path, key, json);
    }

    Reply send(String method, String path, String key, String body, Map<String, String> headers) {
        return service.send(method, path, key, body, headers);
    }

    @Override
    public void close() {
        service.close();
    }
}
