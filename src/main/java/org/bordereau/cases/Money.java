package org.bordereau.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of a case: BigDecimal, scale 2 (cents), never negative in a command.
 *
 * <p>Limits, from what the documents print (DESIGN-NOTES, "Largest amounts printed"): the letters' and
 * statements' tables fit an amount up to {@link #LARGEST} in each amount column and a total below ten
 * billion. An amount is refused above {@code LARGEST}, and a case's claims above {@link #LARGEST_CLAIMED}:
 * half of what a total column prints, so that interest and fees over the longest prescription period
 * cannot outgrow it. A larger figure would be computed right and printed across the next column.
 */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal LARGEST = new BigDecimal("999999999.99");
    static final BigDecimal LARGEST_CLAIMED = new BigDecimal("5000000000.00");

    private Money() {}

    /** The problem with an amount given in a command, or null when it is a valid positive amount. */
    static String problem(BigDecimal amount) {
        if (amount == null) {
            return "is required";
        }
        if (amount.signum() <= 0) {
            return "must be more than 0";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "has more than two decimals";
        }
        if (amount.compareTo(LARGEST) > 0) {
            return "is more than " + LARGEST.toPlainString() + ", the largest amount letters, statements and dossiers"
                    + " print; record a larger amount as several (one per invoice, delivery or instalment)";
        }
        return null;
    }

    /** The amount to the cent; only called on amounts {@link #problem} accepted. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
