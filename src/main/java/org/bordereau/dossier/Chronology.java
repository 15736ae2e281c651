package org.bordereau.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bordereau.cases.Acknowledgment;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Dispute;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.Payment;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Promise;
import org.bordereau.dossier.FrontMatterModel.ChronologyRow;
import org.bordereau.render.Formats;
import org.bordereau.rules.CommitmentsOnDate;
import org.bordereau.rules.FollowUp;

/**
 * The story of the recovery, one dated line per fact, oldest first: invoices issued and falling due,
 * contacts, promises, plans, commitments broken, disputes, letters, formal notices, acknowledgments,
 * payments, stage changes. Facts dated after the dossier's date are left out: the dossier tells the
 * story as it stood that day. Same-day facts keep the order they were recorded in.
 */
final class Chronology {
    /** Free text (summaries, disputes) is shortened: the line points to the exhibit, it does not replace it. */
    private static final int MAX_DETAIL = 180;

    private final Formats formats;
    private final String currency;
    private final LocalDate asOf;
    private final List<Dated> facts = new ArrayList<>();

    private record Dated(LocalDate day, long order, ChronologyRow row) {}

    private Chronology(Formats formats, String currency, LocalDate asOf) {
        this.formats = formats;
        this.currency = currency;
        this.asOf = asOf;
    }

    static List<ChronologyRow> of(Case file, List<CaseEvent> events, LocalDate asOf, Formats formats) {
        Chronology c = new Chronology(formats, file.currency(), asOf);
        for (Claim claim : file.recovery().claims()) {
            c.add(claim.issueDate(), claim.seq(), "INVOICE_ISSUED", null, claim.invoiceNumber(), claim.amount(), null,
                    c.day(claim.dueDate()));
            c.add(claim.dueDate(), claim.seq(), "INVOICE_DUE", null, claim.invoiceNumber(), claim.amount(), null, null);
        }
        for (Interaction i : file.recovery().interactions()) {
            c.add(i.date(), i.seq(), i.channel().name(), name(i.outcome()), i.withWhom(), null, i.summary(),
                    name(i.direction()));
        }
        for (Promise p : file.recovery().commitments().promises()) {
            c.add(p.date(), p.seq(), "PROMISE", p.written() ? "WRITTEN" : "ORAL", null, p.amount(), p.note(),
                    c.day(p.dueDate()));
        }
        for (PaymentPlan plan : file.recovery().commitments().plans()) {
            c.add(plan.date(), plan.seq(), "PLAN", plan.signedByDebtor() ? "SIGNED" : "UNSIGNED",
                    String.valueOf(plan.instalments().size()), plan.total(), plan.security(),
                    plan.instalments().isEmpty() ? null : c.day(plan.instalments().get(plan.instalments().size() - 1).dueDate()));
        }
        c.brokenCommitments(file);
        for (Dispute d : file.recovery().disputes()) {
            c.add(d.date(), d.seq(), "DISPUTE", d.written() ? "WRITTEN" : "ORAL", String.join(", ", d.invoiceNumbers()),
                    null, d.text(), null);
            if (d.answer() != null) {
                c.add(d.answer().date(), d.answer().seq(), "DISPUTE_ANSWERED", null, null, null, d.answer().text(), null);
            }
        }
        for (IssuedLetter l : file.outputs().letters()) {
            c.add(l.date(), l.seq(), "LETTER", l.kind().name(), l.id(), l.amount(), null, c.day(l.deadline()));
        }
        for (FormalNotice n : file.recovery().notices()) {
            c.add(n.date(), n.seq(), "FORMAL_NOTICE", n.method().name(), String.join(", ", n.invoiceNumbers()), null, null,
                    c.day(n.deadline()));
        }
        for (Acknowledgment a : file.recovery().acknowledgments()) {
            c.add(a.date(), a.seq(), "ACKNOWLEDGMENT", null, String.join(", ", a.invoiceNumbers()), null, a.text(), null);
        }
        for (Payment p : file.recovery().payments()) {
            c.add(p.date(), p.seq(), "PAYMENT", null, p.reference(), p.amount(), null, null);
        }
        for (CaseNote note : file.recovery().notes()) {
            if (note.kind() != null && note.kind() != CaseNote.Kind.GENERAL && note.date() != null) {
                c.add(note.date(), note.seq(), "NOTE", note.kind().name(), null, null, note.text(), null);
            }
        }
        c.stages(events, CaseDates.zone(file.jurisdiction()));
        c.facts.sort(Comparator.comparing(Dated::day).thenComparingLong(Dated::order));
        return c.facts.stream().map(Dated::row).toList();
    }

    /** Promises and instalments not kept on time, dated on their due date (what the debtor failed to do that day). */
    private void brokenCommitments(Case file) {
        for (FollowUp.Commitment commitment : CommitmentsOnDate.of(file.recovery(), asOf)) {
            FollowUp.Status status = commitment.status();
            if (status == FollowUp.Status.MISSED || status == FollowUp.Status.PARTLY_KEPT
                    || status == FollowUp.Status.KEPT_LATE) {
                String which = commitment.instalment() == null ? null : String.valueOf(commitment.instalment());
                add(commitment.dueDate(), commitment.seq(), "COMMITMENT_MISSED", status.name() + "_"
                        + commitment.source().name(), which, commitment.missing().signum() > 0 ? commitment.missing()
                        : commitment.amount(), null, null);
            }
        }
    }

    private void stages(List<CaseEvent> events, ZoneId zone) {
        for (CaseEvent event : events) {
            if (event.data() instanceof EventData.StageChanged change) {
                add(event.at().atZone(zone).toLocalDate(), event.seq(), "STAGE", change.stage().name(), null, null,
                        change.reason(), null);
            }
        }
    }

    private void add(LocalDate day, long order, String kind, String code, String subject, BigDecimal amount,
            String detail, String extra) {
        if (day == null || day.isAfter(asOf)) {
            return;
        }
        facts.add(new Dated(day, order, new ChronologyRow(formats.shortDate(day), kind, code, blankToNull(subject),
                amount == null ? null : formats.amount(amount, currency), shorten(detail), extra)));
    }

    private String day(LocalDate day) {
        return day == null ? null : formats.shortDate(day);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        t = t.replaceAll("\\s+", " ");
        return t.length() <= MAX_DETAIL ? t : t.substring(0, MAX_DETAIL - 1).stripTrailing() + "…";
    }
}
