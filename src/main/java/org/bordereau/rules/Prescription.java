package org.bordereau.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When an invoice's claim prescribes: due date + the pack's years (FR C. com. L110-4, MA C. com. art. 5),
 * restarted for the same length by each interrupting event that happens before it is acquired (FR C.
 * civ. 2231, MA DOC 383). The date returned is the last day on which the claim can be brought (FR C.
 * civ. 2229: acquired when the last day of the term is over). Events the pack does not count — a
 * mise en demeure in France, a demand without date certaine in Morocco, anything after the claim was
 * already prescribed or after {@code asOf} — are ignored, each with a warning saying why.
 */
final class Prescription {
    /** The date, the interruption that set it (or null), and the rules that moved it. */
    record Result(LocalDate date, LocalDate interruptedOn, List<Basis> basis) {}

    private final RulePack.PrescriptionRule rule;

    Prescription(RulePack.PrescriptionRule rule) {
        this.rule = rule;
    }

    Result of(ClaimLine claim, List<Interruption> events, LocalDate asOf, Set<StatementWarning> warnings) {
        LocalDate date = claim.dueDate().plusYears(rule.years());
        LocalDate interruptedOn = null;
        List<Basis> used = new ArrayList<>();
        List<Interruption> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Interruption::date));
        for (Interruption event : sorted) {
            if (event.date().isAfter(asOf)) {
                warnings.add(about(StatementWarning.Code.INTERRUPTION_AFTER_STATEMENT, event, claim));
                continue;
            }
            RulePack.InterruptionRule counts = find(rule.interruptedBy(), event.kind());
            if (counts == null) {
                RulePack.InterruptionRule refused = find(rule.notInterruptedBy(), event.kind());
                warnings.add(refused == null ? about(StatementWarning.Code.INTERRUPTION_NOT_COUNTED, event, claim)
                        : about(StatementWarning.Code.INTERRUPTION_REFUSED, event, claim).with("source", refused.basis().source()));
                continue;
            }
            if (counts.requiresDateCertaine() && !event.dateCertaine()) {
                warnings.add(about(StatementWarning.Code.INTERRUPTION_NEEDS_DATE_CERTAINE, event, claim)
                        .with("source", counts.basis().source()));
                continue;
            }
            if (event.date().isAfter(date)) {
                warnings.add(about(StatementWarning.Code.INTERRUPTION_AFTER_PRESCRIPTION, event, claim)
                        .with("prescribedOn", date));
                continue;
            }
            LocalDate restarted = event.date().plusYears(rule.years());
            if (restarted.isAfter(date)) {
                date = restarted;
                interruptedOn = event.date();
            }
            if (!used.contains(counts.basis())) {
                used.add(counts.basis());
            }
        }
        return new Result(date, interruptedOn, used);
    }

    /**
     * Payments the ledger put on the invoice, as interruptions: all of them where the pack counts payments
     * by themselves (FR), those with date certaine where it asks for one (MA, DOC art. 382) — whether the
     * debtor named the invoice or the ledger chose it (oldest due first).
     */
    List<Interruption> fromPayments(String invoiceNumber, List<PaymentAllocation> allocations) {
        RulePack.InterruptionRule partPayment = find(rule.interruptedBy(), InterruptionKind.PART_PAYMENT);
        List<Interruption> events = new ArrayList<>();
        if (partPayment == null) {
            return events;
        }
        for (PaymentAllocation allocation : allocations) {
            if (partPayment.fromPayments() || allocation.dateCertaine()) {
                events.add(new Interruption(allocation.date(), InterruptionKind.PART_PAYMENT, allocation.dateCertaine(),
                        List.of(invoiceNumber), allocation.reference()));
            }
        }
        return events;
    }

    private static RulePack.InterruptionRule find(List<RulePack.InterruptionRule> rules, InterruptionKind kind) {
        for (RulePack.InterruptionRule candidate : rules) {
            if (candidate.kind() == kind) {
                return candidate;
            }
        }
        return null;
    }

    /** A warning about one event of one invoice: what it was, when, its reference if any. */
    private static StatementWarning about(StatementWarning.Code code, Interruption event, ClaimLine claim) {
        String reference = event.reference() == null || event.reference().isBlank() ? "" : " (" + event.reference() + ")";
        return StatementWarning.of(code, "event", new Finding.Term("event." + event.kind()), "date", event.date(),
                "reference", reference, "invoice", claim.invoiceNumber());
    }
}
