package org.bordereau.ingest;

import java.time.Duration;

/**
 * The bounds put on every file (DESIGN.md §7): size, parse time, extracted text length, nesting of
 * embedded documents (e-mail attachments, archives), number of attachments, OCR time.
 */
public record IngestLimits(
        long maxBytes,
        Duration parseTimeout,
        int maxTextChars,
        int maxEmbeddedDepth,
        int maxAttachments,
        Duration ocrTimeout) {

    public static IngestLimits defaults(long maxBytes) {
        return new IngestLimits(maxBytes, Duration.ofSeconds(30), 2_000_000, 3, 50, Duration.ofSeconds(60));
    }
}
