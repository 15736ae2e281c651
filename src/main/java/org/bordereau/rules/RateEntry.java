package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a rate table: {@code rate} (percent per year) applies from {@code effectiveFrom} on. */
public record RateEntry(LocalDate effectiveFrom, BigDecimal rate, String source, Confidence confidence, String note) {}
