package org.bordereau.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON body of {@code POST /v1/cases/{id}/events}: {@code type} says which fields apply (see
 * {@link EventBodies#FIELDS}). Dates are ISO {@code YYYY-MM-DD}; amounts strings like "2500.00"
 * (numbers are read exactly too); names of enumerations are strings, checked with the other fields.
 */
record EventBody(
        String type,
        Long expectedVersion,
        LocalDate date,
        BigDecimal amount,
        String reference,
        String allocatedTo,
        Boolean dateCertaine,
        List<String> documentIds,
        String direction,
        String withWhom,
        String summary,
        String outcome,
        LocalDate dueDate,
        Boolean written,
        String note,
        String text,
        List<String> invoiceNumbers,
        Long dispute,
        List<InstalmentBody> instalments,
        String security,
        Boolean signedByDebtor,
        CaseRequests.ContactBody contact,
        CaseRequests.PartyBody debtor,
        String reason,
        String method,
        String letterDocumentId,
        String proofDocumentId,
        LocalDate deadline,
        String kind,
        String stage,
        String invoiceNumber,
        LocalDate issueDate,
        String currency,
        Integer accelerationGraceDays) {

    /** One instalment of a PLAN_AGREED. */
    record InstalmentBody(LocalDate dueDate, BigDecimal amount) {}
}
