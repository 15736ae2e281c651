package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stretch of days, both ends inclusive, over which the late-interest rate does not change. */
record RateSpan(LocalDate from, LocalDate to, BigDecimal rate, String rateBasis, Confidence confidence) {}
