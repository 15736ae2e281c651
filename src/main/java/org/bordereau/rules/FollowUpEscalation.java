package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.Recovery;
import org.bordereau.rules.FollowUp.Reason;
import org.bordereau.rules.FollowUp.ReasonCode;

/**
 * The escalation assessment (DESIGN.md §1): going to court is recommended when the debtor refuses all
 * communication, commitments are not kept, bad faith is manifest, or the risk of loss grows (age,
 * prescription approaching, insolvency signs). Any one reason is enough; every reason found is listed
 * with the events it rests on. Only facts dated on or before {@code asOf} count.
 * <ul>
 * <li>NO_COMMUNICATION: since the debtor's last sign of life (a contact that reached them or came from
 * them, a payment, promise, plan, dispute or acknowledgment), at least {@code attempts} contacts got
 * no answer or a refusal, the first of them at least {@code overDays} days ago. Three calls in one
 * afternoon are not a refusal of all communication; three weeks of silence are.</li>
 * <li>COMMITMENTS_BROKEN: at least {@code commitmentsBroken} followed commitments were not kept on time
 * (a plan supersedes the promises before it), or the plan's acceleration clause was triggered.</li>
 * <li>BAD_FAITH, INSOLVENCY_SIGN: a NOTE of that kind.</li>
 * <li>AGEING: an invoice with principal outstanding more than {@code ageingDays} days past due.</li>
 * <li>PRESCRIPTION_APPROACHING: an invoice with principal outstanding whose prescription date (the
 * statement's, interruptions counted) is within {@code prescriptionWarningMonths} months.</li>
 * </ul>
 */
final class FollowUpEscalation {
    private final Case file;
    private final LocalDate asOf;
    private final FollowUpRules rules;
    private final FollowUpTexts.In texts;

    FollowUpEscalation(Case file, LocalDate asOf, FollowUpRules rules, FollowUpTexts.In texts) {
        this.file = file;
        this.asOf = asOf;
        this.rules = rules;
        this.texts = texts;
    }

    List<Reason> reasons(FollowUpCommitments commitments, Statement statement) {
        List<Reason> reasons = new ArrayList<>();
        noCommunication(reasons);
        commitmentsBroken(commitments, reasons);
        notes(CaseNote.Kind.BAD_FAITH, ReasonCode.BAD_FAITH, reasons);
        notes(CaseNote.Kind.INSOLVENCY_SIGN, ReasonCode.INSOLVENCY_SIGN, reasons);
        if (statement != null) {
            ageing(statement, reasons);
            prescription(statement, reasons);
        }
        return reasons;
    }

    private void noCommunication(List<Reason> reasons) {
        Recovery r = file.recovery();
        LocalDate lastSign = null;
        for (Interaction i : r.interactions()) {
            if (i.outcome() == Interaction.Outcome.REACHED || i.direction() == Interaction.Direction.INCOMING) {
                lastSign = latest(lastSign, i.date());
            }
        }
        for (LocalDate date : signsOfLife(r)) {
            lastSign = latest(lastSign, date);
        }
        List<Long> attempts = new ArrayList<>();
        LocalDate first = null;
        for (Interaction i : r.interactions()) {
            boolean unanswered = i.outcome() == Interaction.Outcome.NO_RESPONSE
                    || i.outcome() == Interaction.Outcome.REFUSED;
            boolean after = lastSign == null || i.date().isAfter(lastSign);
            if (unanswered && after && !i.date().isAfter(asOf) && i.direction() != Interaction.Direction.INCOMING) {
                attempts.add(i.seq());
                first = first == null || i.date().isBefore(first) ? i.date() : first;
            }
        }
        if (attempts.size() >= rules.noCommunication().attempts()) {
            long days = ChronoUnit.DAYS.between(first, asOf);
            if (days >= rules.noCommunication().overDays()) {
                reasons.add(new Reason(ReasonCode.NO_COMMUNICATION, texts.say("reason.NO_COMMUNICATION",
                        "attempts", attempts.size(), "since", first, "days", days), attempts));
            }
        }
    }

    /** The days the debtor did something other than answer a contact, up to {@code asOf}. */
    private List<LocalDate> signsOfLife(Recovery r) {
        List<LocalDate> dates = new ArrayList<>();
        r.payments().forEach(p -> dates.add(p.date()));
        r.commitments().promises().forEach(p -> dates.add(p.date()));
        r.commitments().plans().forEach(p -> dates.add(p.date()));
        r.disputes().forEach(d -> dates.add(d.date()));
        r.acknowledgments().forEach(a -> dates.add(a.date()));
        dates.removeIf(d -> d == null || d.isAfter(asOf));
        return dates;
    }

    private void commitmentsBroken(FollowUpCommitments commitments, List<Reason> reasons) {
        FollowUp.Acceleration acceleration = commitments.acceleration;
        List<Long> seqs = commitments.missed.stream().map(FollowUp.Commitment::seq).distinct().toList();
        if (acceleration != null) {
            reasons.add(new Reason(ReasonCode.COMMITMENTS_BROKEN, texts.say("reason.COMMITMENTS_BROKEN.accelerated",
                    "instalment", acceleration.instalment(), "dueDate", acceleration.dueDate(), "graceDays",
                    acceleration.graceDays(), "on", acceleration.on(), "amount", acceleration.amount(), "currency",
                    file.currency()), List.of(acceleration.planSeq())));
        } else if (commitments.missed.size() >= rules.commitmentsBroken()) {
            reasons.add(new Reason(ReasonCode.COMMITMENTS_BROKEN, texts.say("reason.COMMITMENTS_BROKEN",
                    "count", commitments.missed.size(), "missing", commitments.overdue(), "currency", file.currency()),
                    seqs));
        }
    }

    private void notes(CaseNote.Kind kind, ReasonCode code, List<Reason> reasons) {
        ZoneId zone = CaseDates.zone(file.jurisdiction());
        List<Long> seqs = new ArrayList<>();
        LocalDate last = null;
        for (CaseNote note : file.recovery().notes()) {
            LocalDate date = note.date() != null ? note.date() : LocalDate.ofInstant(note.at(), zone);
            if (note.kind() == kind && !date.isAfter(asOf)) {
                seqs.add(note.seq());
                last = latest(last, date);
            }
        }
        if (!seqs.isEmpty()) {
            reasons.add(new Reason(code, texts.say("reason." + code, "count", seqs.size(), "date", last), seqs));
        }
    }

    private void ageing(Statement statement, List<Reason> reasons) {
        List<String> invoices = new ArrayList<>();
        long oldest = 0;
        for (StatementLine line : statement.lines()) {
            if (unpaid(line.outstanding()) && line.daysLate() > rules.ageingDays()) {
                invoices.add(line.invoiceNumber());
                oldest = Math.max(oldest, line.daysLate());
            }
        }
        if (!invoices.isEmpty()) {
            reasons.add(new Reason(ReasonCode.AGEING, texts.say("reason.AGEING", "invoices", invoices, "days", oldest,
                    "threshold", rules.ageingDays()), claimSeqs(invoices)));
        }
    }

    private void prescription(Statement statement, List<Reason> reasons) {
        LocalDate horizon = asOf.plusMonths(rules.prescriptionWarningMonths());
        List<String> invoices = new ArrayList<>();
        LocalDate earliest = null;
        for (StatementLine line : statement.lines()) {
            if (unpaid(line.outstanding()) && !line.prescriptionDate().isAfter(horizon)) {
                invoices.add(line.invoiceNumber());
                earliest = earliest == null || line.prescriptionDate().isBefore(earliest) ? line.prescriptionDate()
                        : earliest;
            }
        }
        if (!invoices.isEmpty()) {
            reasons.add(new Reason(ReasonCode.PRESCRIPTION_APPROACHING, texts.say("reason.PRESCRIPTION_APPROACHING",
                    "invoices", invoices, "date", earliest), claimSeqs(invoices)));
        }
    }

    private List<Long> claimSeqs(List<String> invoices) {
        List<Long> seqs = new ArrayList<>();
        invoices.forEach(n -> file.recovery().claim(n).ifPresent(c -> seqs.add(c.seq())));
        return seqs;
    }

    private static boolean unpaid(BigDecimal outstanding) {
        return outstanding.signum() > 0;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
