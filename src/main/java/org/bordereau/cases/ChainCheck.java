package org.bordereau.cases;

/**
 * The result of checking a case's hash chain. When {@code ok}, {@code events} were read and
 * {@code headHash} is the SHA-256 of the last one's stored bytes (the value letters and dossier
 * manifests quote). When not ok, {@code brokenAt} is the first seq that fails, {@code problem} says
 * how, and {@code events}/{@code headHash} describe the intact prefix before it.
 *
 * <p>A chain proves integrity relative to a head hash kept elsewhere: deleting the LAST event, or
 * rewriting the tail with recomputed hashes, is only caught by comparing {@code headHash} with the
 * head quoted in an issued letter or manifest.
 */
public record ChainCheck(boolean ok, long events, String headHash, Long brokenAt, Problem problem, String detail) {

    public enum Problem {
        /** An event number is missing (an object was deleted). */
        GAP,
        /** The object is not a well-formed event (not JSON, a field missing or of the wrong kind). */
        UNPARSEABLE,
        /** The {@code seq} field differs from the number in the object's key (moved or copied). */
        SEQ_MISMATCH,
        /** The content no longer matches the {@code digest} written with it (edited in place). */
        DIGEST_MISMATCH,
        /** {@code prev} is not the SHA-256 of the previous event's stored bytes. */
        PREV_MISMATCH,
        /** Event 1 is not the CASE_OPENED of this case id, or CASE_OPENED appears later. */
        WRONG_CASE,
        /** An object in the events folder that is not named like an event. */
        STRAY_OBJECT
    }

    static ChainCheck intact(long events, String headHash) {
        return new ChainCheck(true, events, headHash, null, null, null);
    }

    static ChainCheck broken(long seq, Problem problem, String detail, long intactEvents, String intactHead) {
        return new ChainCheck(false, intactEvents, intactHead, seq, problem, detail);
    }
}
