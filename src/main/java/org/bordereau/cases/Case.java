package org.bordereau.cases;

import java.time.Instant;
import java.util.List;

/**
 * The current state of a case, folded from its events by {@link CaseProjection}.
 * {@code version} is the sequence number of the last event; {@code chainHead} its SHA-256.
 * {@code warnings} are non-blocking remarks (e.g. an ICE whose unofficial check key fails).
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
        List<String> warnings) {}
