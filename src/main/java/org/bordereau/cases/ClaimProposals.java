package org.bordereau.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims proposed from extracted invoice fields: every INVOICE document with an invoice number, a due
 * date and an amount (amountDue, else totalAmount), whose number is not claimed yet and which no claim
 * links to. Nothing is claimed without an agent's confirmation: extraction can be wrong.
 */
final class ClaimProposals {
    private ClaimProposals() {}

    static List<ProposedClaim> of(Case file) {
        Set<String> linked = new HashSet<>();
        file.recovery().claims().forEach(c -> linked.addAll(c.documentIds()));
        List<ProposedClaim> proposals = new ArrayList<>();
        Set<String> proposedNumbers = new HashSet<>();
        for (Document d : file.documents()) {
            if (d.kind() != DocumentKind.INVOICE || linked.contains(d.id())) {
                continue;
            }
            ExtractedField number = d.fields().get("invoiceNumber");
            ExtractedField due = d.fields().get("dueDate");
            String amountField = d.fields().containsKey("amountDue") ? "amountDue" : "totalAmount";
            ExtractedField amount = d.fields().get(amountField);
            if (number == null || due == null || amount == null || number.value().isBlank()
                    || file.recovery().claim(number.value()).isPresent()
                    || !proposedNumbers.add(Recovery.invoiceKey(number.value()))) {
                continue;
            }
            proposal(file, d, number, due, amountField, amount).ifPresent(proposals::add);
        }
        return proposals;
    }

    private static java.util.Optional<ProposedClaim> proposal(Case file, Document d, ExtractedField number,
            ExtractedField due, String amountField, ExtractedField amount) {
        LocalDate dueDate = date(due);
        BigDecimal value = decimal(amount);
        if (dueDate == null || value == null || value.signum() <= 0) {
            return java.util.Optional.empty(); // unreadable values: the agent enters the claim by hand
        }
        ExtractedField issue = d.fields().get("issueDate");
        ExtractedField currency = d.fields().get("currency");
        List<String> warnings = new ArrayList<>();
        if (currency != null && !currency.value().equals(file.currency())) {
            warnings.add("the invoice is in " + currency.value() + ", the case in " + file.currency()
                    + ": a claim must be in the case currency");
        }
        if (issue == null) {
            warnings.add("no issue date was read: give it when confirming");
        }
        double confidence = Math.min(number.confidence(), Math.min(due.confidence(), amount.confidence()));
        return java.util.Optional.of(new ProposedClaim(d.id(), number.value().strip(), issue == null ? null : date(issue),
                dueDate, value.setScale(2, java.math.RoundingMode.HALF_EVEN), amountField,
                currency == null ? file.currency() : currency.value(), confidence, warnings));
    }

    private static LocalDate date(ExtractedField field) {
        try {
            return LocalDate.parse(field.value().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(ExtractedField field) {
        try {
            return new BigDecimal(field.value().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
