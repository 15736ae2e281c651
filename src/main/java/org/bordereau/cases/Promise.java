package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The debtor promised to pay {@code amount} by {@code dueDate} (PROMISE), on {@code date}.
 * {@code written}: the promise is in writing (DESIGN.md §1: every commitment is put in writing); a
 * written promise, as a request for time, acknowledges the debt (MA DOC art. 382, FR C. civ. 2240).
 */
public record Promise(
        long seq,
        LocalDate date,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        LocalDate dueDate,
        boolean written,
        List<String> documentIds,
        String note) {

    public Promise {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
