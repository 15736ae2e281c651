package org.bordereau.cases;

import java.time.Instant;

/**
 * One event of a case log as stored (DESIGN.md §3): {@code seq} from 1, the UTC instant, who did it,
 * the typed data, {@code prev} (SHA-256 of the previous event's stored bytes, 64 zeros for seq 1) and
 * {@code hash}, the SHA-256 of this event's own stored bytes (not a stored field: it is computed).
 */
public record CaseEvent(long seq, String type, Instant at, String actor, EventData data, String prev, String hash) {}
