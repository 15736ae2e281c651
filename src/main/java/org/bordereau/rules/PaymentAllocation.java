package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The part of one payment that went to one invoice, split between its principal and its interest. */
public record PaymentAllocation(LocalDate date, String reference, BigDecimal toPrincipal, BigDecimal toInterest) {}
