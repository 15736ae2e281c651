package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice on the statement. Amounts have scale 2. Identities:
 * {@code paid = paidToPrincipal + paidToInterest}, {@code outstanding = principal - paidToPrincipal},
 * {@code interest = interestAccrued - paidToInterest} (the interest still due),
 * {@code balance = outstanding + interest + indemnities}.
 *
 * @param daysLate days from the due date to {@code asOf}, or to the day the principal was paid off;
 *        0 when the invoice was paid by its due date or is not yet due
 * @param interestConfidence the weakest confidence among the rules and rates the interest rests on
 * @param prescriptionDate the last day on which the claim can still be brought (prescription is
 *        acquired at its end): due date + the pack's years, moved by interruptions
 * @param prescriptionInterruptedOn the interruption that set {@code prescriptionDate}, or null
 */
public record StatementLine(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal principal,
        BigDecimal paid, BigDecimal paidToPrincipal, BigDecimal paidToInterest, BigDecimal outstanding,
        long daysLate, BigDecimal interestAccrued, BigDecimal interest, Confidence interestConfidence,
        BigDecimal indemnities, BigDecimal balance, LocalDate prescriptionDate, LocalDate prescriptionInterruptedOn,
        List<InterestPeriod> periods, List<PaymentAllocation> payments) {

    public StatementLine {
        periods = List.copyOf(periods);
        payments = List.copyOf(payments);
    }
}
