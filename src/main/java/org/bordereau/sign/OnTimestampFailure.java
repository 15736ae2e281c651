package org.bordereau.sign;

/**
 * What sealing does when the timestamp authority does not answer well ({@code BORDEREAU_TSA_ON_FAILURE}).
 * Neither choice is silent (STYLE.md §11).
 */
public enum OnTimestampFailure {
    /** Refuse to seal: {@link TimestampUnavailableException}. The default: evidence is never weaker than configured. */
    FAIL,
    /** Seal as B-B; the result carries the reason, for the event log and the response. */
    DOWNGRADE
}
