package org.bordereau.rules;

/**
 * Events that may interrupt prescription; which ones do, and on what condition, is per jurisdiction
 * in the rule pack ({@code prescription.interruptedBy}).
 */
public enum InterruptionKind {
    /** The debtor acknowledges the debt: signed reconnaissance, payment plan, request for time (FR C. civ. 2240, MA DOC 382). */
    ACKNOWLEDGMENT,
    /** A part payment (FR: tacit acknowledgment; MA DOC 382: with date certaine). */
    PART_PAYMENT,
    /** A mise en demeure / sommation (MA DOC 381 with date certaine; never in FR, Cass. com. 18 mai 2022). */
    FORMAL_DEMAND,
    /** A claim before a court, including an injonction de payer (FR C. civ. 2241, MA DOC 381). */
    JUDICIAL_DEMAND,
    /** A conservatory or enforcement measure (FR C. civ. 2244, MA DOC 381). */
    ENFORCEMENT_MEASURE
}
