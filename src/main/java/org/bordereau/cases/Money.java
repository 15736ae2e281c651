package org.bordereau.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of a case: BigDecimal, scale 2 (cents), never negative in a command. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    static final int MAX_INTEGER_DIGITS = 13;

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
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return "is too large";
        }
        return null;
    }

    /** The amount to the cent; only called on amounts {@link #problem} accepted. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
