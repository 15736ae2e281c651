package org.bordereau.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.cases.Acknowledgment;
import org.bordereau.cases.Case;
import org.bordereau.cases.Claim;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Payment;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Promise;

/**
 * Maps a case to the statement engine's input: its claims, its payments, and the facts that may
 * interrupt prescription. Which of those do, and on what condition, is the rule pack's business
 * ({@code prescription.interruptedBy}); this class only says what happened:
 * <ul>
 * <li>DEBT_ACKNOWLEDGED → ACKNOWLEDGMENT (MA DOC art. 382, FR C. civ. 2240);</li>
 * <li>a payment plan signed by the debtor, a written promise to pay (a request for time) →
 * ACKNOWLEDGMENT of every invoice (same articles: "demande de délai");</li>
 * <li>FORMAL_NOTICE_SENT → FORMAL_DEMAND, with its date certaine (interrupts in Morocco only, DOC
 * art. 381; never in France, Cass. com. 18 mai 2022);</li>
 * <li>a payment the debtor allocated to an invoice → PART_PAYMENT of that invoice, with its date
 * certaine (MA DOC art. 382 requires it; FR counts every payment through the ledger anyway).
 * Unallocated payments are left to the ledger's allocation.</li>
 * </ul>
 */
public final class StatementInputs {
    private StatementInputs() {}

    /** An interruption and the event it comes from. */
    record Sourced(long seq, Interruption interruption) {}

    /** The statement request for {@code file} on {@code asOf}, at the legal default rate. */
    public static StatementRequest request(Case file, LocalDate asOf) {
        List<ClaimLine> claims = new ArrayList<>();
        for (Claim c : file.recovery().claims()) {
            claims.add(new ClaimLine(c.invoiceNumber(), c.issueDate(), c.dueDate(), c.amount()));
        }
        List<PaymentLine> payments = new ArrayList<>();
        for (Payment p : file.recovery().payments()) {
            payments.add(new PaymentLine(p.date(), p.amount(), p.reference(), p.allocatedTo(), p.dateCertaine()));
        }
        return new StatementRequest(file.jurisdiction(), file.currency(), asOf, claims, payments,
                interruptions(file), null);
    }

    /** The facts of the case that may interrupt prescription, oldest event first. */
    public static List<Interruption> interruptions(Case file) {
        return sourced(file).stream().map(Sourced::interruption).toList();
    }

    static List<Sourced> sourced(Case file) {
        List<Sourced> events = new ArrayList<>();
        for (Acknowledgment a : file.recovery().acknowledgments()) {
            events.add(new Sourced(a.seq(), new Interruption(a.date(), InterruptionKind.ACKNOWLEDGMENT,
                    a.dateCertaine(), a.invoiceNumbers(), "acknowledgment of debt, event " + a.seq())));
        }
        for (PaymentPlan p : file.recovery().commitments().plans()) {
            if (p.signedByDebtor()) {
                events.add(new Sourced(p.seq(), new Interruption(p.date(), InterruptionKind.ACKNOWLEDGMENT, false,
                        List.of(), "payment plan signed by the debtor, event " + p.seq())));
            }
        }
        for (Promise p : file.recovery().commitments().promises()) {
            if (p.written()) {
                events.add(new Sourced(p.seq(), new Interruption(p.date(), InterruptionKind.ACKNOWLEDGMENT, false,
                        List.of(), "written promise to pay, event " + p.seq())));
            }
        }
        for (FormalNotice n : file.recovery().notices()) {
            events.add(new Sourced(n.seq(), new Interruption(n.date(), InterruptionKind.FORMAL_DEMAND,
                    n.dateCertaine(), n.invoiceNumbers(), "formal notice, event " + n.seq())));
        }
        for (Payment p : file.recovery().payments()) {
            if (p.allocatedTo() != null) {
                events.add(new Sourced(p.seq(), new Interruption(p.date(), InterruptionKind.PART_PAYMENT,
                        p.dateCertaine(), List.of(p.allocatedTo()), "payment, event " + p.seq())));
            }
        }
        events.sort(java.util.Comparator.comparingLong(Sourced::seq));
        return events;
    }
}
