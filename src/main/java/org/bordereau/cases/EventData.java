package org.bordereau.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The typed payload ({@code data}) of a case event: one record per {@link EventType}. Records are
 * pure data, serialized with sorted keys and without nulls, so adding an optional field later keeps
 * old events readable and their hashes unchanged.
 *
 * <p>To add an event type: add a record here, add its constant to {@link EventType}, and, if it
 * changes what a {@link Case} shows, one branch in {@link CaseProjection#apply}. {@code
 * EventCatalogueTest} fails when a record has no constant.
 */
public sealed interface EventData {

    /** The first event of every log: the validated, normalized command that opened the case. */
    record CaseOpened(
            String caseId,
            String reference,
            String jurisdiction,
            String currency,
            Party creditor,
            Party debtor,
            Contact decisionMaker,
            List<String> warnings) implements EventData {
        public CaseOpened {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /**
     * The case moved to another recovery stage (DESIGN.md §1). Appended with an expected version:
     * a stage decision is made on the state the agent saw. Transition rules belong to the command.
     */
    record StageChanged(Stage stage, String reason) implements EventData {
        public StageChanged {
            if (stage == null) {
                throw new IllegalArgumentException("a stage change needs the new stage");
            }
        }
    }

    /**
     * A document was added: its blob is stored under {@code sha256} before this event is written,
     * so the log never points at missing bytes. The time and actor are the event's.
     */
    record DocumentAdded(
            String documentId,
            String sha256,
            long size,
            String mediaType,
            String declaredType,
            String filename,
            Document.Extraction extraction,
            Map<String, String> metadata,
            List<String> warnings,
            String parentId,
            String note) implements EventData {
        public DocumentAdded {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** An agent corrected a document's kind or fields; the extraction stays as it was read. */
    record DocumentCorrected(String documentId, DocumentKind kind, Map<String, String> fields, String reason)
            implements EventData {
        public DocumentCorrected {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** Free text an agent writes on the case file. */
    record Note(String text) implements EventData {}

    /**
     * An event whose type this build does not know (written by a newer instance sharing the bucket).
     * It stays in the chain and moves the version; the projection otherwise ignores it.
     */
    record Unrecognised(String type, JsonNode raw) implements EventData {}
}
