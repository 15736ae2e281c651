package org.bordereau.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bordereau.cases.Violation;

/**
 * Checks a {@link StatementRequest} and reports every problem at once, with field paths
 * ({@code claims[1].dueDate}) (STYLE.md §5). Amounts must be >= 0 with at most two decimals; a credit
 * note is not a payment and has no place here.
 */
final class StatementRequestValidator {
    private final Set<String> jurisdictions;

    StatementRequestValidator(Set<String> jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    List<Violation> validate(StatementRequest request) {
        List<Violation> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new Violation("", "a statement needs a request"));
            return errors;
        }
        if (request.jurisdiction() == null || !jurisdictions.contains(request.jurisdiction())) {
            errors.add(new Violation("jurisdiction", "must be one of " + jurisdictions));
        }
        currency(request.currency(), errors);
        if (request.asOf() == null) {
            errors.add(new Violation("asOf", "is required"));
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < request.claims().size(); i++) {
            claim("claims[" + i + "]", request.claims().get(i), numbers, errors);
        }
        for (int i = 0; i < request.payments().size(); i++) {
            payment("payments[" + i + "]", request.payments().get(i), numbers, errors);
        }
        for (int i = 0; i < request.interruptions().size(); i++) {
            interruption("interruptions[" + i + "]", request.interruptions().get(i), numbers, errors);
        }
        BigDecimal rate = request.contractualRatePercent();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new Violation("contractualRatePercent", "must be between 0 and 100 (percent per year)"));
        }
        return errors;
    }

    private static void currency(String code, List<Violation> errors) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            errors.add(new Violation("currency", "must be a three-letter ISO 4217 code such as MAD or EUR"));
            return;
        }
        try {
            if (Currency.getInstance(code).getDefaultFractionDigits() != 2) {
                errors.add(new Violation("currency", "amounts are kept to the cent: the currency must have two decimals"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("currency", "is not an ISO 4217 code"));
        }
    }

    private static void claim(String at, ClaimLine claim, Set<String> numbers, List<Violation> errors) {
        if (claim == null) {
            errors.add(new Violation(at, "is null"));
            return;
        }
        if (claim.invoiceNumber() == null || claim.invoiceNumber().isBlank()) {
            errors.add(new Violation(at + ".invoiceNumber", "is required"));
        } else if (!numbers.add(claim.invoiceNumber())) {
            errors.add(new Violation(at + ".invoiceNumber", "appears twice: " + claim.invoiceNumber()));
        }
        if (claim.dueDate() == null) {
            errors.add(new Violation(at + ".dueDate", "is required: late interest runs from the day after it"));
        } else if (claim.issueDate() != null && claim.issueDate().isAfter(claim.dueDate())) {
            errors.add(new Violation(at + ".dueDate", "is before the issue date " + claim.issueDate()));
        }
        amount(at + ".amount", claim.amount(), errors);
    }

    private static void payment(String at, PaymentLine payment, Set<String> numbers, List<Violation> errors) {
        if (payment == null) {
            errors.add(new Violation(at, "is null"));
            return;
        }
        if (payment.date() == null) {
            errors.add(new Violation(at + ".date", "is required"));
        }
        amount(at + ".amount", payment.amount(), errors);
        if (payment.allocatedTo() != null && !numbers.contains(payment.allocatedTo())) {
            errors.add(new Violation(at + ".allocatedTo", "names no claimed invoice: " + payment.allocatedTo()));
        }
    }

    private static void interruption(String at, Interruption event, Set<String> numbers, List<Violation> errors) {
        if (event == null) {
            errors.add(new Violation(at, "is null"));
            return;
        }
        if (event.date() == null) {
            errors.add(new Violation(at + ".date", "is required"));
        }
        if (event.kind() == null) {
            errors.add(new Violation(at + ".kind", "is required"));
        }
        for (String number : event.invoiceNumbers()) {
            if (!numbers.contains(number)) {
                errors.add(new Violation(at + ".invoiceNumbers", "names no claimed invoice: " + number));
            }
        }
    }

    private static void amount(String at, BigDecimal amount, List<Violation> errors) {
        if (amount == null) {
            errors.add(new Violation(at, "is required"));
        } else if (amount.signum() < 0) {
            errors.add(new Violation(at, "must not be negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new Violation(at, "has more than two decimals"));
        }
    }
}
