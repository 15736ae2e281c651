package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.Money;
import org.bordereau.cases.Payment;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Promise;
import org.bordereau.cases.Recovery;
import org.bordereau.rules.FollowUp.Commitment;
import org.bordereau.rules.FollowUp.Status;

/**
 * Which commitments are kept, coming due or missed on {@code asOf}. The rules, kept simple on purpose:
 * <ul>
 * <li>A <b>promise</b> made on {@code date} to pay {@code amount} by {@code dueDate} is covered by the
 * payments dated from {@code date} on: those through {@code dueDate} (inclusive, no grace days) keep it
 * on time, later ones through {@code asOf} keep it late.</li>
 * <li>Facts dated after {@code asOf} are not looked at: the follow-up of a past day is what it was.</li>
 * <li><b>Instalment</b> <i>k</i> of the plan in force is covered by what the payments dated from the
 * plan's {@code date} on exceed the instalments before it: a payment counts once, towards the earliest
 * instalment still open. Earlier plans were replaced and are not followed, nor are promises made
 * before the plan in force (the plan supersedes them).</li>
 * <li>Not kept by its due date: flagged the day after (never on the due day itself), as MISSED,
 * PARTLY_KEPT (with what is missing) or KEPT_LATE once caught up.</li>
 * <li>Due from {@code asOf} through {@code asOf + upcomingWithinDays} and not yet covered: upcoming.</li>
 * <li><b>Acceleration</b> (déchéance du terme, when the plan has the clause): the first instalment not
 * covered by the payments through its due date + {@code graceDays} makes the rest of the plan due on
 * the next day: the plan's total less every payment since it was agreed. Its later instalments are
 * then no longer listed as upcoming.</li>
 * </ul>
 * A payment may count towards a promise and an instalment at once: the debtor's commitments overlap
 * (a promise to pay the next instalment), and splitting a payment between them would be a guess.
 */
final class FollowUpCommitments {
    final List<Commitment> followed = new ArrayList<>();
    final List<Commitment> upcoming = new ArrayList<>();
    final List<Commitment> missed = new ArrayList<>();
    final FollowUp.Acceleration acceleration;
    private final List<Payment> payments;
    private final LocalDate asOf;

    FollowUpCommitments(Recovery recovery, LocalDate asOf, int upcomingWithinDays) {
        this.payments = recovery.payments();
        this.asOf = asOf;
        Optional<PaymentPlan> plan = recovery.commitments().plans().stream()
                .filter(p -> !p.date().isAfter(asOf)).reduce((earlier, later) -> later);
        LocalDate planDate = plan.map(PaymentPlan::date).orElse(null);
        for (Promise promise : recovery.commitments().promises()) {
            if (!promise.date().isAfter(asOf) && (planDate == null || !promise.date().isBefore(planDate))) {
                followed.add(promise(promise));
            }
        }
        plan.ifPresent(p -> followed.addAll(instalments(p)));
        this.acceleration = plan.map(this::acceleration).orElse(null);
        LocalDate horizon = asOf.plusDays(upcomingWithinDays);
        for (Commitment c : followed) {
            boolean accelerated = acceleration != null && c.source() == FollowUp.Source.INSTALMENT;
            if (c.status() == Status.PENDING && !c.dueDate().isAfter(horizon) && !accelerated) {
                upcoming.add(c);
            } else if (c.flaggedOn() != null) {
                missed.add(c);
            }
        }
    }

    /** What is still missing on the commitments not kept on time. */
    BigDecimal overdue() {
        return missed.stream().map(Commitment::missing).reduce(Money.ZERO, BigDecimal::add);
    }

    private Commitment promise(Promise p) {
        BigDecimal byDue = min(p.amount(), paid(p.date(), p.dueDate()));
        BigDecimal byNow = min(p.amount(), paid(p.date(), asOf));
        return commitment(FollowUp.Source.PROMISE, p.seq(), null, p.dueDate(), p.amount(), byDue, byNow, p.written());
    }

    private List<Commitment> instalments(PaymentPlan plan) {
        List<Commitment> list = new ArrayList<>();
        BigDecimal before = Money.ZERO;
        BigDecimal byNow = paid(plan.date(), asOf);
        int number = 0;
        for (Instalment i : plan.instalments()) {
            number++;
            BigDecimal byDue = paid(plan.date(), i.dueDate());
            list.add(commitment(FollowUp.Source.INSTALMENT, plan.seq(), number, i.dueDate(), i.amount(),
                    share(byDue, before, i.amount()), share(byNow, before, i.amount()), plan.signedByDebtor()));
            before = before.add(i.amount());
        }
        return list;
    }

    private FollowUp.Acceleration acceleration(PaymentPlan plan) {
        Integer grace = plan.accelerationGraceDays();
        if (grace == null) {
            return null;
        }
        BigDecimal running = Money.ZERO;
        int number = 0;
        for (Instalment i : plan.instalments()) {
            number++;
            running = running.add(i.amount());
            LocalDate lastDay = i.dueDate().plusDays(grace);
            if (!lastDay.isBefore(asOf)) {
                return null; // this instalment's grace runs through asOf: not (yet) triggered
            }
            if (paid(plan.date(), lastDay).compareTo(running) < 0) {
                BigDecimal left = plan.total().subtract(paid(plan.date(), asOf));
                return left.signum() > 0
                        ? new FollowUp.Acceleration(plan.seq(), number, i.dueDate(), grace, lastDay.plusDays(1), left)
                        : null;
            }
        }
        return null;
    }

    private Commitment commitment(FollowUp.Source source, long seq, Integer number, LocalDate dueDate,
            BigDecimal amount, BigDecimal byDue, BigDecimal byNow, boolean written) {
        boolean flagged = dueDate.isBefore(asOf); // from the day after the due date
        Status status;
        if (byDue.compareTo(amount) >= 0 || (!flagged && byNow.compareTo(amount) >= 0)) {
            status = Status.KEPT;
        } else if (!flagged) {
            status = Status.PENDING;
        } else if (byNow.compareTo(amount) >= 0) {
            status = Status.KEPT_LATE;
        } else {
            status = byNow.signum() > 0 ? Status.PARTLY_KEPT : Status.MISSED;
        }
        boolean late = status == Status.KEPT_LATE || status == Status.PARTLY_KEPT || status == Status.MISSED;
        return new Commitment(source, seq, number, dueDate, amount, byDue, byNow, amount.subtract(byNow), status,
                written, late ? dueDate.plusDays(1) : null);
    }

    /** What of {@code paid} reaches an instalment of {@code amount} after {@code before} went to earlier ones. */
    private static BigDecimal share(BigDecimal paid, BigDecimal before, BigDecimal amount) {
        BigDecimal left = paid.subtract(before);
        return left.signum() <= 0 ? Money.ZERO : min(left, amount);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Payments dated from {@code from} through {@code to} (both inclusive), never after asOf. */
    private BigDecimal paid(LocalDate from, LocalDate to) {
        LocalDate end = to.isAfter(asOf) ? asOf : to;
        BigDecimal sum = Money.ZERO;
        for (Payment payment : payments) {
            if (!payment.date().isBefore(from) && !payment.date().isAfter(end)) {
                sum = sum.add(payment.amount());
            }
        }
        return sum;
    }
}
