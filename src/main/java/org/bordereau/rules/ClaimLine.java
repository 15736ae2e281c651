package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice claimed: its number, issue date (may be null when unknown), due date (the payment
 * date written on the invoice) and amount including tax, in the statement's currency.
 */
public record ClaimLine(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal amount) {}
