package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * The current state of a case, folded from its events by {@link CaseProjection}.
 * {@code version} is the sequence number of the last event; {@code chainHead} its SHA-256.
 * {@code warnings} are non-blocking remarks (e.g. an ICE whose unofficial check key fails);
 * {@code documents} are the evidence, in the order they were added. {@code recovery} holds the claims,
 * payments, commitments, contacts, disputes, notices and the balance; in JSON its members sit at the
 * top level of the case (DESIGN.md §4). {@code outputs}: the letters and dossiers issued, and their downloads.
 */
public record Case(
        String id,
        String reference,
        String jurisdiction,
        String currency,
        Party creditor,
        Party debtor,
        Contact decisionMaker,
        Stage stage,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String chainHead,
        List<String> warnings,
        List<Document> documents,
        @JsonUnwrapped Recovery recovery,
        Outputs outputs) {

    public Case {
        outputs = outputs == null ? Outputs.NONE : outputs;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        documents = documents == null ? List.of() : List.copyOf(documents);
        recovery = recovery == null ? Recovery.EMPTY : recovery;
    }

    /** The document with this id, if the case has it. */
    public java.util.Optional<Document> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /** The document holding exactly these bytes, if the case has it. */
    public java.util.Optional<Document> documentBySha256(String sha256) {
        return documents.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }
}
