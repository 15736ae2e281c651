package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the interest breakdown: {@code base} (outstanding principal) × {@code rate} (percent per
 * year) × {@code days} / day-count basis, from {@code from} to {@code to} both inclusive, rounded
 * HALF_EVEN to the cent on this line. {@code rateBasis} says how the rate was obtained.
 */
public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal base, BigDecimal rate,
        BigDecimal interest, String rateBasis, Confidence confidence) {}
