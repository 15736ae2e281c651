package org.bordereau.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A note on the case file (NOTE). {@code kind} types the notes the escalation assessment looks for:
 * signs of insolvency (unpaid suppliers, proceedings published) and manifest bad faith (DESIGN.md §1).
 * {@code date} is when the fact noted happened, if the agent gave it.
 */
public record CaseNote(long seq, Instant at, String by, Kind kind, LocalDate date, String text) {

    public enum Kind { GENERAL, INSOLVENCY_SIGN, BAD_FAITH }
}
