package org.bordereau.cases;

import java.util.ArrayList;
import java.util.List;

/** How fact events change a case's {@link Recovery} (part of the projection). Events were validated when written. */
final class RecoveryProjection {
    private RecoveryProjection() {}

    static Recovery apply(Recovery state, CaseEvent event) {
        EventData data = event.data();
        long seq = event.seq();
        if (data instanceof EventData.ClaimAdded c) {
            return state.withClaim(new Claim(seq, c.invoiceNumber(), c.issueDate(), c.dueDate(), c.amount(),
                    c.currency(), c.documentIds(), c.note(), event.at(), event.actor()));
        }
        if (data instanceof EventData.ClaimDocumentsLinked l) {
            return state.withClaims(claims -> linked(claims, l));
        }
        if (data instanceof EventData.PaymentReceived p) {
            return state.withPayment(new Payment(seq, p.date(), p.amount(), p.reference(), p.allocatedTo(),
                    p.dateCertaine(), p.documentIds()));
        }
        if (data instanceof EventData.Exchange x) {
            return state.withInteraction(interaction(seq, x));
        }
        if (data instanceof EventData.PromiseMade p) {
            Commitments now = state.commitments();
            return state.withCommitments(new Commitments(Recovery.plus(now.promises(), new Promise(seq, p.date(),
                    p.amount(), p.dueDate(), p.written(), p.documentIds(), p.note())), now.plans()));
        }
        if (data instanceof EventData.PlanAgreed p) {
            Commitments now = state.commitments();
            return state.withCommitments(new Commitments(now.promises(), Recovery.plus(now.plans(),
                    new PaymentPlan(seq, p.date(), p.instalments(), p.security(), p.signedByDebtor(),
                            p.documentIds(), p.accelerationGraceDays()))));
        }
        if (data instanceof EventData.DisputeRaised d) {
            return state.withDisputes(list -> Recovery.plus(list, new Dispute(seq, d.date(), d.text(), d.written(),
                    d.invoiceNumbers(), d.documentIds(), null)));
        }
        if (data instanceof EventData.DisputeAnswered a) {
            return state.withDisputes(list -> answered(list, a, seq));
        }
        if (data instanceof EventData.FormalNoticeSent n) {
            return state.withNotice(new FormalNotice(seq, n.date(), n.method(), n.letterDocumentId(),
                    n.proofDocumentId(), n.dateCertaine(), n.deadline(), n.invoiceNumbers()));
        }
        if (data instanceof EventData.DebtAcknowledged a) {
            return state.withAcknowledgment(new Acknowledgment(seq, a.date(), a.dateCertaine(), a.invoiceNumbers(),
                    a.documentIds(), a.text()));
        }
        if (data instanceof EventData.Note n) {
            return state.withNote(new CaseNote(seq, event.at(), event.actor(),
                    n.kind() == null ? CaseNote.Kind.GENERAL : n.kind(), n.date(), n.text()));
        }
        return state;
    }

    private static Interaction interaction(long seq, EventData.Exchange x) {
        Interaction.Channel channel;
        Interaction.Direction direction = null;
        if (x instanceof EventData.Call call) {
            channel = Interaction.Channel.CALL;
            direction = call.direction();
        } else if (x instanceof EventData.Email email) {
            channel = Interaction.Channel.EMAIL;
            direction = email.direction();
        } else {
            channel = Interaction.Channel.MEETING;
        }
        return new Interaction(seq, channel, x.date(), direction, x.withWhom(), x.summary(), x.outcome(),
                x.documentIds());
    }

    private static List<Claim> linked(List<Claim> claims, EventData.ClaimDocumentsLinked l) {
        List<Claim> next = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (!c.invoiceNumber().equals(l.invoiceNumber())) {
                next.add(c);
                continue;
            }
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(c.documentIds());
            ids.addAll(l.documentIds());
            next.add(new Claim(c.seq(), c.invoiceNumber(), c.issueDate(), c.dueDate(), c.amount(), c.currency(),
                    new ArrayList<>(ids), c.note(), c.confirmedAt(), c.confirmedBy()));
        }
        return next;
    }

    /** The first answer closes a dispute; a later one for the same dispute changes nothing. */
    private static List<Dispute> answered(List<Dispute> disputes, EventData.DisputeAnswered a, long seq) {
        List<Dispute> next = new ArrayList<>(disputes.size());
        for (Dispute d : disputes) {
            next.add(d.seq() == a.dispute() && d.open()
                    ? new Dispute(d.seq(), d.date(), d.text(), d.written(), d.invoiceNumbers(), d.documentIds(),
                            new Dispute.Answer(seq, a.date(), a.text(), a.documentIds()))
                    : d);
        }
        return next;
    }
}
