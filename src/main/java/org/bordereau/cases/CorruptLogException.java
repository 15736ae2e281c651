package org.bordereau.cases;

/**
 * A case log failed its integrity checks while being read: the case is not shown rather than
 * shown from evidence that was altered. {@link EventLog#verify} gives the details.
 */
public class CorruptLogException extends RuntimeException {
    private final ChainCheck check;

    public CorruptLogException(String caseId, ChainCheck check) {
        super("event log of case " + caseId + " is broken at seq " + check.brokenAt() + ": "
                + check.problem() + " (" + check.detail() + ")");
        this.check = check;
    }

    public ChainCheck check() {
        return check;
    }
}
