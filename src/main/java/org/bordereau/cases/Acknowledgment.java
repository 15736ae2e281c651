package org.bordereau.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The debtor acknowledged the debt (DEBT_ACKNOWLEDGED): a signed reconnaissance de dette, an account
 * settled, a request for time to pay. Interrupts prescription (MA DOC art. 382, FR C. civ. 2240) and,
 * in Morocco, is the "promesse reconnue" an injonction de payer may rest on (CPC art. 155).
 */
public record Acknowledgment(
        long seq,
        LocalDate date,
        boolean dateCertaine,
        List<String> invoiceNumbers,
        List<String> documentIds,
        String text) {

    public Acknowledgment {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
