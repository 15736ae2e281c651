package org.bordereau.dossier;

import org.bordereau.cases.DocumentKind;

/**
 * The sections of a dossier, in the order a lawyer expects them: what was agreed, what is owed, that
 * it was delivered, what was said, what was claimed, what was promised or paid, the rest.
 * Section titles are in {@code dossier/labels-{lang}.properties} ({@code section.NAME}).
 */
public enum ExhibitGroup {
    CONTRACT,
    INVOICES,
    DELIVERY,
    CORRESPONDENCE,
    REMINDERS,
    PAYMENTS,
    OTHER;

    public static ExhibitGroup of(DocumentKind kind) {
        switch (kind) {
            case CONTRACT:
            case QUOTE:
            case PURCHASE_ORDER:
                return CONTRACT;
            case INVOICE:
                return INVOICES;
            case DELIVERY_PROOF:
                return DELIVERY;
            case CORRESPONDENCE:
                return CORRESPONDENCE;
            case REMINDER:
                return REMINDERS;
            case PAYMENT_PROOF:
                return PAYMENTS;
            default:
                return OTHER;
        }
    }
}
