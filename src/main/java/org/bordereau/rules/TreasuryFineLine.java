package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Treasury fine on one amount of one invoice: {@code status} PAID_LATE (an amount paid after the
 * due date, {@code until} = payment date) or UNPAID (still outstanding, {@code until} = asOf).
 * {@code fineRate = keyRate + increment × (months - 1)}; {@code fine = base × fineRate / 100}.
 */
public record TreasuryFineLine(String invoiceNumber, String status, BigDecimal base, LocalDate delayStart,
        LocalDate until, int months, LocalDate keyRateDate, BigDecimal keyRate, BigDecimal fineRate,
        BigDecimal fine) {}
