package org.bordereau.rules;

import java.math.BigDecimal;

/**
 * Sums over the lines. {@code paid} is every payment up to {@code asOf}, including {@code credit}: the
 * part no invoice could take (overpayment). {@code totalDue = outstanding + interest + indemnities -
 * credit}, so that {@code principal + interestAccrued + indemnities - paid = totalDue}; it is negative
 * when the creditor holds more than is owed.
 */
public record StatementTotals(BigDecimal principal, BigDecimal paid, BigDecimal outstanding, BigDecimal interest,
        BigDecimal indemnities, BigDecimal totalDue, BigDecimal interestAccrued, BigDecimal paidToInterest,
        BigDecimal credit) {}
