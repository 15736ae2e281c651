package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.bordereau.cases.Case;
import org.bordereau.cases.Dispute;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Recovery;
import org.bordereau.cases.Stage;
import org.bordereau.rules.FollowUp.Action;
import org.bordereau.rules.FollowUp.Commitment;
import org.bordereau.rules.FollowUp.Letter;
import org.bordereau.rules.FollowUp.NextAction;

/**
 * The one next step, the first that applies in this order:
 * <ol>
 * <li>closed case: NONE; no claim: CONFIRM_CLAIMS; nothing owed: CLOSE_AS_PAID; LITIGATION_READY:
 * HAND_TO_LAWYER;</li>
 * <li>an open dispute: ANSWER_DISPUTE — a claim that is contested is not certain, and pressing on
 * before answering weakens the file (DESIGN.md §1 asks for the dispute in writing);</li>
 * <li>escalation recommended: SEND_FORMAL_NOTICE (letter MISE_EN_DEMEURE) when no formal notice was
 * sent; WAIT_NOTICE_DEADLINE while the last notice's deadline runs; then PREPARE_LITIGATION;</li>
 * <li>a commitment not kept with money still missing: REACT_TO_MISSED (RELANCE) — "an immediate
 * reaction to any missed instalment";</li>
 * <li>the plan in force still running but not signed by the debtor: GET_PLAN_SIGNED (ECHEANCIER);
 * a promise coming due that is not in writing, with no acknowledgment on file: GET_ACKNOWLEDGMENT
 * (RECONNAISSANCE_DE_DETTE) — "every commitment is put in writing";</li>
 * <li>a commitment coming due: WATCH_COMMITMENT; the scheduled reminder due: REMIND (RELANCE); else
 * WAIT until the next reminder.</li>
 * </ol>
 */
final class NextActions {
    private NextActions() {}

    /** @param due what the statement says is due on {@code asOf} (claims minus payments when there are none) */
    static NextAction decide(Case file, BigDecimal due, LocalDate asOf, FollowUpCommitments commitments,
            boolean escalate, FollowUp.Reminder reminder, FollowUpTexts.In texts) {
        Recovery r = file.recovery();
        String currency = file.currency();
        if (file.stage().isClosed()) {
            return act(Action.NONE, null, texts.say("action.NONE", "stage", file.stage()), null);
        }
        if (r.claims().isEmpty()) {
            return act(Action.CONFIRM_CLAIMS, null, texts.say("action.CONFIRM_CLAIMS"), null);
        }
        if (due.signum() <= 0) {
            return act(Action.CLOSE_AS_PAID, null, texts.say("action.CLOSE_AS_PAID", "balance", due,
                    "currency", currency), null);
        }
        if (file.stage() == Stage.LITIGATION_READY) {
            return act(Action.HAND_TO_LAWYER, null, texts.say("action.HAND_TO_LAWYER"), null);
        }
        Optional<Dispute> dispute = openDispute(r, asOf);
        if (dispute.isPresent()) {
            return act(Action.ANSWER_DISPUTE, null, texts.say("action.ANSWER_DISPUTE", "date", dispute.get().date()),
                    null);
        }
        if (escalate) {
            return escalation(file, asOf, texts);
        }
        Optional<Commitment> missed = commitments.missed.stream().filter(c -> c.missing().signum() > 0)
                .max(Comparator.comparing(Commitment::dueDate));
        if (missed.isPresent()) {
            return act(Action.REACT_TO_MISSED, Letter.RELANCE, texts.say("action.REACT_TO_MISSED", "dueDate",
                    missed.get().dueDate(), "missing", missed.get().missing(), "currency", currency), null);
        }
        Optional<PaymentPlan> plan = r.commitments().currentPlan().filter(p -> !p.date().isAfter(asOf));
        boolean planRunning = commitments.followed.stream().anyMatch(c -> c.source() == FollowUp.Source.INSTALMENT
                && c.status() == FollowUp.Status.PENDING);
        if (plan.isPresent() && !plan.get().signedByDebtor() && planRunning) {
            return act(Action.GET_PLAN_SIGNED, Letter.ECHEANCIER, texts.say("action.GET_PLAN_SIGNED"), null);
        }
        Optional<Commitment> next = commitments.upcoming.stream().min(Comparator.comparing(Commitment::dueDate));
        Optional<Commitment> oral = commitments.upcoming.stream()
                .filter(c -> c.source() == FollowUp.Source.PROMISE && !c.written()).findFirst();
        if (oral.isPresent() && r.acknowledgments().stream().noneMatch(a -> !a.date().isAfter(asOf))) {
            return act(Action.GET_ACKNOWLEDGMENT, Letter.RECONNAISSANCE_DE_DETTE, texts.say("action.GET_ACKNOWLEDGMENT",
                    "amount", oral.get().amount(), "currency", currency, "dueDate", oral.get().dueDate()), null);
        }
        if (next.isPresent()) {
            return act(Action.WATCH_COMMITMENT, null, texts.say("action.WATCH_COMMITMENT", "dueDate",
                    next.get().dueDate(), "amount", next.get().missing(), "currency", currency), next.get().dueDate());
        }
        if (reminder == null) {
            return act(Action.WAIT, null, texts.say("action.WAIT.unscheduled", "stage", file.stage()), null);
        }
        if (reminder.due()) {
            return act(Action.REMIND, Letter.RELANCE, texts.say("action.REMIND", "lastContact", reminder.lastContact(),
                    "everyDays", reminder.everyDays()), null);
        }
        return act(Action.WAIT, null, texts.say("action.WAIT", "until", reminder.date()), reminder.date());
    }

    /** The open dispute raised on or before {@code asOf}, earliest first. */
    static Optional<Dispute> openDispute(Recovery r, LocalDate asOf) {
        return r.disputes().stream().filter(d -> !d.date().isAfter(asOf))
                .filter(d -> d.open() || d.answer().date().isAfter(asOf)).findFirst();
    }

    private static NextAction escalation(Case file, LocalDate asOf, FollowUpTexts.In texts) {
        Optional<FormalNotice> notice = file.recovery().notices().stream().filter(n -> !n.date().isAfter(asOf))
                .reduce((earlier, later) -> later);
        Optional<IssuedLetter> issued = file.outputs().letters().stream()
                .filter(l -> l.kind().isFormalNotice() && !l.date().isAfter(asOf)).reduce((earlier, later) -> later);
        if (notice.isEmpty() && issued.isPresent()) { // written here, not yet shown to have been sent
            return act(Action.RECORD_NOTICE_DISPATCH, null, texts.say("action.RECORD_NOTICE_DISPATCH",
                    "date", issued.get().date(), "letter", issued.get().id()), null);
        }
        if (notice.isEmpty()) {
            return act(Action.SEND_FORMAL_NOTICE, Letter.MISE_EN_DEMEURE, texts.say("action.SEND_FORMAL_NOTICE"), null);
        }
        LocalDate deadline = notice.get().deadline() == null ? notice.get().date() : notice.get().deadline();
        if (!deadline.isBefore(asOf)) {
            return act(Action.WAIT_NOTICE_DEADLINE, null, texts.say("action.WAIT_NOTICE_DEADLINE", "until", deadline),
                    deadline);
        }
        return act(Action.PREPARE_LITIGATION, null, texts.say("action.PREPARE_LITIGATION", "deadline", deadline), null);
    }

    private static NextAction act(Action action, Letter letter, String message, LocalDate until) {
        return new NextAction(action, letter, message, until);
    }
}
