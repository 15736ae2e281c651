package org.bordereau.cases;

/** What a piece of evidence is, as a recovery agent sorts a file (DESIGN.md §1). */
public enum DocumentKind {
    INVOICE,
    CONTRACT,
    QUOTE,
    PURCHASE_ORDER,
    DELIVERY_PROOF,
    CORRESPONDENCE,
    REMINDER,
    PAYMENT_PROOF,
    OTHER
}
