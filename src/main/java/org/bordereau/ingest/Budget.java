package org.bordereau.ingest;

import java.time.Duration;

/**
 * The time one upload may spend parsing and on OCR, shared by the file and all its attachments: the
 * limits of {@link IngestLimits} hold per request, so an e-mail with fifty attachments cannot hold a
 * server thread for fifty parse timeouts. Immutable; one per upload.
 */
final class Budget {
    private final long parseDeadline;
    private final long ocrDeadline;

    private Budget(long parseDeadline, long ocrDeadline) {
        this.parseDeadline = parseDeadline;
        this.ocrDeadline = ocrDeadline;
    }

    static Budget start(IngestLimits limits) {
        long now = System.nanoTime();
        return new Budget(now + limits.parseTimeout().toNanos(), now + limits.ocrTimeout().toNanos());
    }

    Duration parseLeft() {
        return left(parseDeadline);
    }

    Duration ocrLeft() {
        return left(ocrDeadline);
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
