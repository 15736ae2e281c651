package org.bordereau.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The late-payment rules of one jurisdiction, read from {@code rules/{JURISDICTION}/late-payment.json}.
 * Every rule carries its {@link Basis} (source, confidence, effectiveFrom); numbers live in the file,
 * not in the code. Adding a jurisdiction is adding that file (and any rate table it names) and listing
 * it in {@code rules/late-payment-packs.txt}.
 */
public record RulePack(String jurisdiction, String title, LateInterestRule lateInterest,
        IndemnityRule fixedIndemnity, AllocationRule allocation, ImputationRule imputation,
        PrescriptionRule prescription, TreasuryFineRule treasuryFine) {

    /** Which date of the reference table sets the rate of a given day of delay. */
    public enum RateFixing {
        /** The rate in force on 1 January for January-June, on 1 July for July-December (FR L441-10 II). */
        HALF_YEAR,
        /** The rate in force on the day itself: a new period at every change of the table. */
        ON_CHANGE,
        /** The rate in force on the first day of delay, kept for the whole delay. */
        AT_DELAY_START
    }

    /** Whether a floor bounds only a rate the parties agreed, or the default legal rate as well. */
    public enum FloorScope { CONTRACTUAL_RATE, ANY_RATE }

    /** Whether a part payment settles the invoice's accrued interest before its principal. */
    public enum ImputationOrder { INTEREST_FIRST, PRINCIPAL_FIRST }

    /** Which date's key rate sets the Treasury fine rate (MA 69-21). */
    public enum FineKeyRateDate {
        /** Last day of the calendar month in which the delay starts (fits the DGI's communiqués). */
        END_OF_CALENDAR_MONTH_OF_DELAY_START,
        /** Last day of the first month of delay counted from its first day. */
        END_OF_FIRST_MONTH_OF_DELAY
    }

    /** Late interest: reference rate + margin, optionally floored; simple interest over {@code dayCountDays}. */
    public record LateInterestRule(Basis basis, ReferenceRate reference, BigDecimal marginPoints, FloorRule floor,
            int dayCountDays) {}

    /** The published rate the late-interest rate is built on. */
    public record ReferenceRate(String table, RateFixing fixing, Basis basis) {}

    /** A minimum: {@code multiplier} × the rate of {@code table} in force on the day. */
    public record FloorRule(String table, BigDecimal multiplier, FloorScope appliesTo, Basis basis) {}

    /** A fixed amount per late invoice (FR D441-5: 40 EUR); zero where the law has none. */
    public record IndemnityRule(Basis basis, BigDecimal amount, String currency) {}

    /** Which invoice an undesignated payment goes to (oldest due first, after the designated one). */
    public record AllocationRule(Basis basis) {}

    /** Interest first or principal first, within one invoice. */
    public record ImputationRule(ImputationOrder order, Basis basis) {}

    /** Limitation period from the due date and the events that restart it. */
    public record PrescriptionRule(Basis basis, int years, List<InterruptionRule> interruptedBy,
            List<InterruptionRule> notInterruptedBy) {
        public PrescriptionRule {
            interruptedBy = interruptedBy == null ? List.of() : List.copyOf(interruptedBy);
            notInterruptedBy = notInterruptedBy == null ? List.of() : List.copyOf(notInterruptedBy);
        }
    }

    /**
     * One kind of event and whether it interrupts: it must have date certaine when
     * {@code requiresDateCertaine}; with {@code fromPayments}, every payment allocated to an invoice
     * counts as one for that invoice.
     */
    public record InterruptionRule(InterruptionKind kind, boolean requiresDateCertaine, boolean fromPayments,
            Basis basis) {}

    /**
     * A public fine the late debtor owes the Treasury: information for the creditor, never claimed.
     * Rate = key rate ({@code keyRateDate}) + {@code monthlyIncrementPoints} per month or fraction
     * of month after the first, on the amount paid late or still unpaid; not annualised.
     * {@code methodConfidence} grades the reading of the key-rate date and month count.
     */
    public record TreasuryFineRule(Basis basis, String table, BigDecimal monthlyIncrementPoints,
            FineKeyRateDate keyRateDate, String keyRateDateNote, Confidence methodConfidence) {}
}
