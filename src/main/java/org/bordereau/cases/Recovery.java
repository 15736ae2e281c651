package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What happened in the recovery, folded from the fact events (part of {@link Case}, shown at its top
 * level): invoice claims, payments, commitments, contacts with the debtor, disputes, formal notices,
 * acknowledgments of debt and notes, each in the order recorded. {@link #balance()} = claims −
 * payments, to the cent (negative when the debtor paid more than was claimed).
 */
public record Recovery(
        List<Claim> claims,
        List<Payment> payments,
        Commitments commitments,
        List<Interaction> interactions,
        List<Dispute> disputes,
        List<FormalNotice> notices,
        List<Acknowledgment> acknowledgments,
        List<CaseNote> notes) {

    public static final Recovery EMPTY = new Recovery(List.of(), List.of(), Commitments.NONE, List.of(), List.of(),
            List.of(), List.of(), List.of());

    public Recovery {
        claims = List.copyOf(claims);
        payments = List.copyOf(payments);
        commitments = commitments == null ? Commitments.NONE : commitments;
        interactions = List.copyOf(interactions);
        disputes = List.copyOf(disputes);
        notices = List.copyOf(notices);
        acknowledgments = List.copyOf(acknowledgments);
        notes = List.copyOf(notes);
    }

    /** Sum of the claims less the sum of the payments (DESIGN.md §4), scale 2. */
    @JsonProperty("balance")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal balance() {
        BigDecimal claimed = claims.stream().map(Claim::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
        return claimed.subtract(paid);
    }

    /** The claim for this invoice number (compared trimmed and ignoring case), if any. */
    public java.util.Optional<Claim> claim(String invoiceNumber) {
        String key = invoiceKey(invoiceNumber);
        return claims.stream().filter(c -> invoiceKey(c.invoiceNumber()).equals(key)).findFirst();
    }

    /** How two invoice numbers are compared: "F-17 " and "f-17" are the same invoice. */
    static String invoiceKey(String invoiceNumber) {
        return invoiceNumber == null ? "" : invoiceNumber.strip().toLowerCase(java.util.Locale.ROOT);
    }

    Recovery withClaim(Claim claim) {
        return new Recovery(plus(claims, claim), payments, commitments, interactions, disputes, notices,
                acknowledgments, notes);
    }

    Recovery withClaims(UnaryOperator<List<Claim>> change) {
        return new Recovery(change.apply(claims), payments, commitments, interactions, disputes, notices,
                acknowledgments, notes);
    }

    Recovery withPayment(Payment payment) {
        return new Recovery(claims, plus(payments, payment), commitments, interactions, disputes, notices,
                acknowledgments, notes);
    }

    Recovery withCommitments(Commitments next) {
        return new Recovery(claims, payments, next, interactions, disputes, notices, acknowledgments, notes);
    }

    Recovery withInteraction(Interaction interaction) {
        return new Recovery(claims, payments, commitments, plus(interactions, interaction), disputes, notices,
                acknowledgments, notes);
    }

    Recovery withDisputes(UnaryOperator<List<Dispute>> change) {
        return new Recovery(claims, payments, commitments, interactions, change.apply(disputes), notices,
                acknowledgments, notes);
    }

    Recovery withNotice(FormalNotice notice) {
        return new Recovery(claims, payments, commitments, interactions, disputes, plus(notices, notice),
                acknowledgments, notes);
    }

    Recovery withAcknowledgment(Acknowledgment acknowledgment) {
        return new Recovery(claims, payments, commitments, interactions, disputes, notices,
                plus(acknowledgments, acknowledgment), notes);
    }

    Recovery withNote(CaseNote note) {
        return new Recovery(claims, payments, commitments, interactions, disputes, notices, acknowledgments,
                plus(notes, note));
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> next = new ArrayList<>(list.size() + 1);
        next.addAll(list);
        next.add(item);
        return next;
    }
}
