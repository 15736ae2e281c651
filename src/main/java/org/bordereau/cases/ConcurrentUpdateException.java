package org.bordereau.cases;

/**
 * Another writer appended to the case first: the command was based on version {@code expected} but
 * the case is now at {@code actual}. The caller re-reads and decides again (HTTP 409).
 */
public class ConcurrentUpdateException extends RuntimeException {
    private final long expected;
    private final long actual;

    public ConcurrentUpdateException(String caseId, long expected, long actual) {
        super("case " + caseId + " is at version " + actual + ", not " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
