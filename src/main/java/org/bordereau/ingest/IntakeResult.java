package org.bordereau.ingest;

import java.util.List;
import org.bordereau.cases.Document;

/**
 * What {@link DocumentIntake#add} did: the document for the uploaded bytes, whether it was created
 * now ({@code false}: the case already held these exact bytes, nothing new was stored), and the
 * documents made from its attachments (e-mails), in the order they appear, nested ones included.
 */
public record IntakeResult(Document document, boolean created, List<Document> attachments) {
    public IntakeResult {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
