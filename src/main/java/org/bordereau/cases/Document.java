package org.bordereau.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A piece of evidence on a case, as the projection shows it. The original bytes are the immutable
 * blob {@code sha256}; {@code kind} and {@code fields} are the current view (the extraction, with the
 * agents' corrections applied on top); {@code extraction} is what the machine read, kept unchanged.
 * {@code parentId} links an e-mail attachment to its e-mail. {@code metadata} holds e-mail headers
 * ({@code from}, {@code to}, {@code date}, {@code subject}) and similar facts.
 */
public record Document(
        String id,
        String sha256,
        long size,
        String mediaType,
        String declaredType,
        String filename,
        DocumentKind kind,
        Map<String, ExtractedField> fields,
        Extraction extraction,
        Map<String, String> metadata,
        List<String> warnings,
        String parentId,
        String note,
        Instant addedAt,
        String addedBy,
        List<Correction> corrections) {

    public Document {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** What classification and extraction produced, before any correction. */
    public record Extraction(DocumentKind kind, double kindConfidence, Map<String, ExtractedField> fields) {
        public Extraction {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** An agent's correction: a new kind and/or field values (a blank value removes the field). */
    public record Correction(Instant at, String by, DocumentKind kind, Map<String, String> fields, String reason) {
        public Correction {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }
}
