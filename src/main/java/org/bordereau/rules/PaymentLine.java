package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment received. {@code allocatedTo} is the invoice number the debtor designated (FR C. civ.
 * 1342-10, MA DOC 323), or null: then the payment goes to the oldest due invoice first.
 * {@code dateCertaine}: its date is proven against third parties (a bank transfer, a registered letter).
 */
public record PaymentLine(LocalDate date, BigDecimal amount, String reference, String allocatedTo,
        boolean dateCertaine) {
    public PaymentLine(LocalDate date, BigDecimal amount, String reference, String allocatedTo) {
        this(date, amount, reference, allocatedTo, false);
    }
}
