package org.bordereau.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an agent may correct on a document, checked before the correction is recorded. */
final class DocumentCorrections {
    static final Set<String> DATES = Set.of("issueDate", "dueDate");
    static final Set<String> AMOUNTS = Set.of("totalAmount", "netAmount", "taxAmount", "amountDue");
    static final Set<String> TEXTS = Set.of("invoiceNumber", "currency", "sellerName", "sellerId", "buyerName", "buyerId");
    private static final int MAX_TEXT = 200;

    private DocumentCorrections() {}

    static List<Violation> check(DocumentKind kind, Map<String, String> fields, String reason) {
        List<Violation> problems = new ArrayList<>();
        if (kind == null && (fields == null || fields.isEmpty())) {
            problems.add(new Violation("", "give a new kind, fields, or both"));
        }
        if (reason != null && reason.length() > 500) {
            problems.add(new Violation("reason", "is longer than 500 characters"));
        }
        if (fields != null) {
            fields.forEach((name, value) -> checkField(name, value, problems));
        }
        return problems;
    }

    private static void checkField(String name, String value, List<Violation> problems) {
        String path = "fields." + name;
        if (value == null || value.isBlank()) {
            return; // removes the field
        }
        if (DATES.contains(name)) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Violation(path, "must be a date as YYYY-MM-DD"));
            }
        } else if (AMOUNTS.contains(name)) {
            if (!value.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
                problems.add(new Violation(path, "must be a plain amount like 1234.50"));
            } else if (new BigDecimal(value).signum() < 0) {
                problems.add(new Violation(path, "must not be negative"));
            }
        } else if (TEXTS.contains(name)) {
            if (value.length() > MAX_TEXT) {
                problems.add(new Violation(path, "is longer than " + MAX_TEXT + " characters"));
            } else if ("currency".equals(name) && !value.matches("[A-Z]{3}")) {
                problems.add(new Violation(path, "must be an ISO 4217 code like EUR or MAD"));
            }
        } else {
            problems.add(new Violation(path, "is not a field of a document; known: invoiceNumber, issueDate, dueDate, "
                    + "totalAmount, netAmount, taxAmount, amountDue, currency, sellerName, sellerId, buyerName, buyerId"));
        }
    }
}
