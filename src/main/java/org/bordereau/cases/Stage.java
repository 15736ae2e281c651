package org.bordereau.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Recovery stages (DESIGN.md §1), in order, then the closed outcomes. A case moves one step forward
 * at a time (commercial → personalised → pre-litigation → litigation-ready) and can be closed from
 * any open stage; a closed case stays closed (a new claim is a new case).
 */
public enum Stage {
    COMMERCIAL,
    PERSONALISED,
    PRE_LITIGATION,
    LITIGATION_READY,
    CLOSED_PAID,
    CLOSED_SETTLED,
    CLOSED_WRITTEN_OFF;

    private static final Set<Stage> CLOSED = EnumSet.of(CLOSED_PAID, CLOSED_SETTLED, CLOSED_WRITTEN_OFF);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** The stages this one may move to: the next open stage, and every closed outcome. */
    public Set<Stage> next() {
        if (isClosed()) {
            return EnumSet.noneOf(Stage.class);
        }
        Set<Stage> next = EnumSet.copyOf(CLOSED);
        if (this != LITIGATION_READY) {
            next.add(values()[ordinal() + 1]);
        }
        return next;
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }
}
