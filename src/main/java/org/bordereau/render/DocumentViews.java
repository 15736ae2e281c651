package org.bordereau.render;

import java.util.List;

/**
 * What templates print, already formatted in the document's language (amounts, dates): templates
 * choose words and layout, never compute or format. Records are read by FreeMarker as
 * {@code invoice.number}; a null field is tested with {@code ??}.
 */
public final class DocumentViews {
    private DocumentViews() {}

    /** The verification line of every page: ids and the event-chain head (DESIGN.md §6). */
    public record Verification(String reference, String documentId, String chainHead, boolean developmentSeal) {}

    /** One invoice; dates short ({@code 15/01/2025}); {@code paidToInterest} null when no payment went to interest. */
    public record InvoiceRow(String number, String issueDate, String dueDate, String principal, String paid,
            String paidToInterest, String outstanding, long daysLate, String interest, String indemnities,
            String balance) {}

    /** A payment; the date short. */
    public record PaymentRow(String date, String reference, String amount) {}

    /** Sums; {@code credit} is null unless the debtor paid more than any invoice could take. */
    public record Totals(String principal, String paid, String outstanding, String interest, String indemnities,
            String totalDue, String credit, boolean hasInterest, boolean hasIndemnities) {}

    /** An instalment; the date written out. */
    public record InstalmentRow(int number, String dueDate, String amount) {}

    /**
     * A payment plan. {@code waived}: what the creditor gives up if every instalment is paid on time
     * (total due less the plan's total), or null when the plan covers everything.
     */
    /** {@code graceDays}: the acceleration clause as recorded on the plan, null when it has none. */
    public record Plan(String total, String totalWords, List<InstalmentRow> instalments, String security,
            String waived, String lastDueDate, Integer graceDays) {}

    /** One rule a figure rests on, as the rule pack cites it. */
    public record BasisRow(String rule, String source) {}
}
