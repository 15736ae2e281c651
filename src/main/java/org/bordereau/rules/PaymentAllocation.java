package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of one payment that went to one invoice, split between its principal and its interest.
 * {@code dateCertaine}: the payment has one (MA, DOC art. 382: then it interrupts the prescription of
 * the invoice it paid, whether the debtor named that invoice or the ledger chose it).
 */
public record PaymentAllocation(LocalDate date, String reference, BigDecimal toPrincipal, BigDecimal toInterest,
        boolean dateCertaine) {
    public PaymentAllocation(LocalDate date, String reference, BigDecimal toPrincipal, BigDecimal toInterest) {
        this(date, reference, toPrincipal, toInterest, false);
    }
}
