package org.bordereau.storage;

import java.time.Duration;

/**
 * S3 object-lock retention given to each evidence object written by {@link
 * BlobStore#putEvidenceIfAbsent}, when the bucket has object lock enabled (DESIGN.md §3).
 * {@code COMPLIANCE} cannot be lifted by anyone before it expires; {@code GOVERNANCE} can, by a
 * user holding the bypass permission. The period should cover the limitation period of the claims
 * the evidence supports (five years for commercial claims in France and Morocco) plus a margin.
 */
public record EvidenceRetention(Mode mode, Duration period) {
    public enum Mode { GOVERNANCE, COMPLIANCE }

    public EvidenceRetention {
        if (mode == null) {
            throw new IllegalArgumentException("retention mode is required");
        }
        if (period == null || period.isNegative() || period.toDays() < 1) {
            throw new IllegalArgumentException("retention period must be at least one day");
        }
    }
}
