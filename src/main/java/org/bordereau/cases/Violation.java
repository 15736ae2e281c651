package org.bordereau.cases;

/** One problem with one field of a command; {@code field} is a JSON pointer-like path ("debtor.ice"). */
public record Violation(String field, String message) {}
