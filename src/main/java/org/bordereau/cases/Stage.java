package org.bordereau.cases;

/** Recovery stages (DESIGN.md §1), in order, then the closed outcomes. */
public enum Stage {
    COMMERCIAL,
    PERSONALISED,
    PRE_LITIGATION,
    LITIGATION_READY,
    CLOSED_PAID,
    CLOSED_SETTLED,
    CLOSED_WRITTEN_OFF
}
