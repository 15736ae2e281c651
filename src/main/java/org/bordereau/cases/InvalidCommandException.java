package org.bordereau.cases;

import java.util.List;

/** A command was refused; every problem found is listed at once. */
public class InvalidCommandException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
