package org.bordereau.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An event that may interrupt prescription (see {@link InterruptionKind}). {@code dateCertaine}: the
 * date is proven against third parties (commissaire de justice's act, registered letter with proof of
 * receipt, qualified timestamp) — required in Morocco for a formal demand (DOC 381).
 * {@code invoiceNumbers}: the invoices it concerns; empty means every invoice of the statement.
 */
public record Interruption(LocalDate date, InterruptionKind kind, boolean dateCertaine, List<String> invoiceNumbers,
        String reference) {
    public Interruption {
        invoiceNumbers = invoiceNumbers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(invoiceNumbers));
    }

    /** Whether it concerns {@code invoiceNumber}. */
    public boolean concerns(String invoiceNumber) {
        return invoiceNumbers.isEmpty() || invoiceNumbers.contains(invoiceNumber);
    }
}
