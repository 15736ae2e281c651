package org.bordereau.rules;

/**
 * How sure we are of a legal fact or a rate (LEGAL.md grades). LOW facts are parameters and
 * warnings, never hard rules: a statement built on one says so.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** The weaker of two grades: a figure is only as sure as its least sure input. */
    public static Confidence lowest(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
