package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice claimed on a case, as an agent confirmed it (CLAIM_ADDED): number, issue date, due date,
 * amount including tax in the case currency, and the documents that prove it (the invoice first,
 * then any order, contract or delivery note linked to it). {@code seq} is the event that added it.
 */
public record Claim(
        long seq,
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        List<String> documentIds,
        String note,
        Instant confirmedAt,
        String confirmedBy) {

    public Claim {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
