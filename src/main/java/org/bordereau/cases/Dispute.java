package org.bordereau.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The debtor contests the claim (DISPUTE), in writing or not, for some invoices or all of them
 * (empty {@code invoiceNumbers}); {@code answer} is the creditor's reply (DISPUTE_ANSWERED), or null
 * while open. {@code seq} identifies the dispute when answering it.
 */
public record Dispute(
        long seq,
        LocalDate date,
        String text,
        boolean written,
        List<String> invoiceNumbers,
        List<String> documentIds,
        Answer answer) {

    public Dispute {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    public boolean open() {
        return answer == null;
    }

    /** The creditor's answer to a dispute. */
    public record Answer(long seq, LocalDate date, String text, List<String> documentIds) {
        public Answer {
            documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        }
    }
}
