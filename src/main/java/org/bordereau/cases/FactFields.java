package org.bordereau.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Field checks shared by the fact commands, against the case they are recorded on: every problem is
 * collected (STYLE.md §5) and every accepted value comes back normalized (trimmed text, amounts to
 * the cent, invoice numbers as claimed). Field names are those of the JSON body and the event.
 */
final class FactFields {
    static final int MAX_TEXT = 4000;
    static final int MAX_LINE = 200;
    static final int MAX_IDS = 50;

    final Case file;
    final LocalDate today;
    final NewCaseValidator.Report report = new NewCaseValidator.Report();

    FactFields(Case file, LocalDate today) {
        this.file = file;
        this.today = today;
    }

    List<Violation> violations() {
        return List.copyOf(report.errors);
    }

    void error(String field, String message) {
        report.error(field, message);
    }

    String text(String field, String value, int max, boolean required) {
        return report.text(field, value, max, required, max > MAX_LINE);
    }

    /** A day on which something happened: required, and not after today in the case's zone. */
    LocalDate past(String field, LocalDate date) {
        if (date == null) {
            error(field, "is required");
        } else if (!CaseDates.inRange(date)) {
            error(field, CaseDates.outOfRange());
        } else if (date.isAfter(today)) {
            error(field, "is after today (" + today + "): record facts once they happened");
        }
        return date;
    }

    /** A day that must be on or after {@code from} (a due date, a deadline); {@code from} may be null. */
    LocalDate notBefore(String field, LocalDate date, LocalDate from, String fromName, boolean required) {
        if (date == null) {
            if (required) {
                error(field, "is required");
            }
        } else if (!CaseDates.inRange(date)) {
            error(field, CaseDates.outOfRange());
        } else if (from != null && date.isBefore(from)) {
            error(field, "is before " + fromName + " (" + from + ")");
        }
        return date;
    }

    BigDecimal amount(String field, BigDecimal value) {
        String problem = Money.problem(value);
        if (problem != null) {
            error(field, problem);
            return value;
        }
        return Money.cents(value);
    }

    /** Document ids that must all be on the case; repeats are dropped. */
    List<String> documents(String field, List<String> ids) {
        if (ids.size() > MAX_IDS) {
            error(field, "lists more than " + MAX_IDS + " documents");
            return ids;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = document(field + "[" + i + "]", ids.get(i), true);
            if (id != null) {
                kept.add(id);
            }
        }
        return new ArrayList<>(kept);
    }

    String document(String field, String id, boolean required) {
        if (id == null || id.isBlank()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (file.document(id.strip()).isEmpty()) {
            error(field, "is not a document of this case: upload it first");
            return null;
        }
        return id.strip();
    }

    /** Invoice numbers that must all be claimed on the case, as they were claimed; repeats dropped. */
    List<String> invoices(String field, List<String> numbers) {
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = invoice(field + "[" + i + "]", numbers.get(i), true);
            if (number != null) {
                kept.add(number);
            }
        }
        return new ArrayList<>(kept);
    }

    String invoice(String field, String number, boolean required) {
        if (number == null || number.isBlank()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        return file.recovery().claim(number).map(Claim::invoiceNumber).orElseGet(() -> {
            error(field, "is not an invoice claimed on this case: add the claim first");
            return null;
        });
    }
}
