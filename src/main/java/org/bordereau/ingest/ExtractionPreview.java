package org.bordereau.ingest;

import java.util.List;
import java.util.Map;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.ExtractedField;

/**
 * What ingestion would record for a file, without storing anything (the CLI's {@code extract FILE}).
 * Field names match the API's document ({@code mediaType}, {@code kind}, {@code fields},
 * {@code extraction}, {@code metadata}, {@code warnings}), so the same JSON comes out of both.
 * {@code attachments} are an e-mail's attachments, read the same way.
 */
public record ExtractionPreview(
        String filename,
        String sha256,
        long size,
        String mediaType,
        DocumentKind kind,
        Map<String, ExtractedField> fields,
        Document.Extraction extraction,
        Map<String, String> metadata,
        List<String> warnings,
        List<ExtractionPreview> attachments) {

    public ExtractionPreview {
        fields = Map.copyOf(fields);
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
        attachments = List.copyOf(attachments);
    }

    static ExtractionPreview of(Inspector.Inspected file) {
        Document.Extraction x = file.extraction();
        return new ExtractionPreview(file.filename(), file.file().sha256(), file.file().size(), file.mediaType(),
                x.kind(), x.fields(), x, file.metadata(), file.warnings(),
                file.attachments().stream().map(ExtractionPreview::of).toList());
    }
}
