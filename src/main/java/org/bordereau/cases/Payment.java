package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment received from the debtor (PAYMENT). {@code allocatedTo} is the invoice the debtor
 * designated (FR C. civ. 1342-10, MA DOC art. 323), or null. {@code dateCertaine}: its date is proven
 * against third parties (bank statement, transfer order), which a Moroccan part payment needs to
 * interrupt prescription (DOC art. 382).
 */
public record Payment(
        long seq,
        LocalDate date,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reference,
        String allocatedTo,
        boolean dateCertaine,
        List<String> documentIds) {

    public Payment {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
