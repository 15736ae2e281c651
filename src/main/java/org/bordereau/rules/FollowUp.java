package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.Stage;

/**
 * What is due on a case on {@code asOf} (GET /v1/cases/{id}/follow-up), a day in the case's zone:
 * the next scheduled reminder, commitments coming due within the look-ahead, commitments not kept,
 * the plan's acceleration if its clause was triggered, the statement's figures on that day, the
 * escalation assessment and the recommended next action with the letter to send. {@code due} lists
 * what calls for work on or before {@code asOf}; the work queue shows the cases where it is not empty.
 * Amounts are in {@code currency}, scale 2; texts are in {@code language}.
 */
public record FollowUp(
        String caseId,
        String reference,
        String debtor,
        String jurisdiction,
        String currency,
        Stage stage,
        LocalDate asOf,
        String language,
        BigDecimal balance,
        Figures statement,
        Reminder reminder,
        List<Commitment> upcoming,
        List<Commitment> missed,
        BigDecimal overdue,
        Acceleration acceleration,
        Escalation escalation,
        NextAction next,
        List<Due> due,
        LocalDate dueSince,
        Urgency urgency) {

    public FollowUp {
        upcoming = List.copyOf(upcoming);
        missed = List.copyOf(missed);
        due = List.copyOf(due);
    }

    /** Letters the follow-up can recommend (the kinds of POST /v1/cases/{id}/letters). */
    public enum Letter { RELANCE, MISE_EN_DEMEURE, ECHEANCIER, RECONNAISSANCE_DE_DETTE }

    /** What the agent should do next, most pressing first (see {@code NextActions}). */
    public enum Action {
        NONE, CONFIRM_CLAIMS, CLOSE_AS_PAID, HAND_TO_LAWYER, ANSWER_DISPUTE, SEND_FORMAL_NOTICE, RECORD_NOTICE_DISPATCH,
        WAIT_NOTICE_DEADLINE, PREPARE_LITIGATION, REACT_TO_MISSED, GET_PLAN_SIGNED, GET_ACKNOWLEDGMENT,
        WATCH_COMMITMENT, REMIND, WAIT
    }

    /** The statement of account's figures on {@code asOf} (GET .../statement?asOf= gives the detail). */
    public record Figures(BigDecimal outstanding, BigDecimal interest, BigDecimal indemnities, BigDecimal totalDue) {}

    /**
     * The scheduled reminder: {@code lastContact} (the last contact with the debtor or formal notice,
     * event {@code lastContactSeq}; else the day the case was opened, seq 1) + {@code everyDays} (the
     * stage's cadence) = {@code date}; {@code due} when {@code date} ≤ asOf.
     */
    public record Reminder(LocalDate lastContact, long lastContactSeq, int everyDays, LocalDate date, boolean due) {}

    /** Where a commitment comes from. */
    public enum Source { PROMISE, INSTALMENT }

    /**
     * KEPT: paid in full by the due date. KEPT_LATE: in full, but after it. PARTLY_KEPT: part paid
     * ({@code missing} says how much is not). MISSED: nothing paid towards it. PENDING: not yet due.
     */
    public enum Status { PENDING, KEPT, KEPT_LATE, PARTLY_KEPT, MISSED }

    /**
     * A promise, or an instalment of the plan in force: {@code seq} of the PROMISE / PLAN_AGREED event,
     * {@code instalment} its position (1-based; null for a promise); {@code paidByDueDate} and
     * {@code paid} what payments covered by the due date and by {@code asOf}; {@code missing} =
     * amount − paid; {@code flaggedOn} the day after the due date, once it was not kept on time.
     */
    public record Commitment(
            Source source,
            long seq,
            Integer instalment,
            LocalDate dueDate,
            BigDecimal amount,
            BigDecimal paidByDueDate,
            BigDecimal paid,
            BigDecimal missing,
            Status status,
            boolean written,
            LocalDate flaggedOn) {}

    /**
     * The plan's acceleration clause was triggered: instalment {@code instalment} (due {@code dueDate})
     * was not fully paid {@code graceDays} days after it, so on {@code on} everything left on the plan
     * fell due: {@code amount} = the plan's total − the payments since it was agreed.
     */
    public record Acceleration(long planSeq, int instalment, LocalDate dueDate, int graceDays, LocalDate on,
                               BigDecimal amount) {}

    /** The escalation assessment (DESIGN.md §1): recommended when any reason holds; every reason found is listed. */
    public record Escalation(boolean recommended, List<Reason> reasons) {
        public Escalation {
            reasons = List.copyOf(reasons);
        }
    }

    /** The escalation criteria. */
    public enum ReasonCode {
        NO_COMMUNICATION, COMMITMENTS_BROKEN, BAD_FAITH, INSOLVENCY_SIGN, AGEING, PRESCRIPTION_APPROACHING
    }

    /** One reason, in words, with the events it rests on (their seqs). */
    public record Reason(ReasonCode code, String message, List<Long> evidence) {
        public Reason {
            evidence = List.copyOf(evidence);
        }
    }

    /** The recommended next step, why, and the letter to send (null: none); {@code until} for a wait. */
    public record NextAction(Action action, Letter letter, String message, LocalDate until) {}

    /** What calls for work. */
    public enum DueKind { ESCALATION, DISPUTE, MISSED, ACCELERATED, COMMITMENT_DUE, REMINDER }

    /** A thing due since {@code date}, from event {@code seq} (null when it comes from no single event). */
    public record Due(DueKind kind, LocalDate date, Long seq) {}

    /** How urgent the case is in the work queue, most urgent first. */
    public enum Urgency { ESCALATION, MISSED, DUE, REMINDER, NONE }
}
