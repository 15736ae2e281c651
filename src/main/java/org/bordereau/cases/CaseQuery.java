package org.bordereau.cases;

/**
 * A listing request: optional stage filter, optional free text {@code q} matched
 * case-insensitively against the reference and the debtor's name; pages count from 1.
 */
public record CaseQuery(Stage stage, String q, int page, int size) {}
