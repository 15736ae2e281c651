package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim read from an invoice document, waiting for an agent to confirm it (POST .../claims with
 * these values, corrected if need be). {@code amountField} says which extracted field gave the amount:
 * {@code amountDue} (what remains payable when the invoice shows prepayments) or {@code totalAmount}.
 * {@code confidence} is the lowest confidence of the fields used; {@code issueDate} may be null.
 */
public record ProposedClaim(
        String documentId,
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String amountField,
        String currency,
        double confidence,
        List<String> warnings) {

    public ProposedClaim {
        warnings = List.copyOf(warnings);
    }

    /** The claims the case's invoice documents propose, not yet confirmed. */
    public static List<ProposedClaim> of(Case file) {
        return ClaimProposals.of(file);
    }
}
