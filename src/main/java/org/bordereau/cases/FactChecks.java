package org.bordereau.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a fact event against the case it is recorded on and returns it normalized, with every
 * problem found. Pure: the case and today's date (in the case's zone) are given.
 */
final class FactChecks {
    static final int MAX_INVOICE_NUMBER = 100;
    static final int MAX_INSTALMENTS = 120;
    static final int MAX_ACCELERATION_GRACE_DAYS = 365;
    static final int MAX_REASON = 500;

    /** The event as it will be stored (null if it could not be built) and the problems found. */
    record Checked(EventData data, List<Violation> violations) {}

    private FactChecks() {}

    static Checked check(Case file, EventData data, LocalDate today) {
        FactFields f = new FactFields(file, today);
        EventData normalized = normalized(f, data);
        return new Checked(normalized, f.violations());
    }

    private static EventData normalized(FactFields f, EventData data) {
        if (data instanceof EventData.ClaimAdded c) {
            return claim(f, c);
        }
        if (data instanceof EventData.PaymentReceived p) {
            return new EventData.PaymentReceived(f.past("date", p.date()), f.amount("amount", p.amount()),
                    f.text("reference", p.reference(), FactFields.MAX_LINE, false),
                    f.invoice("allocatedTo", p.allocatedTo(), false), p.dateCertaine(),
                    f.documents("documentIds", p.documentIds()));
        }
        if (data instanceof EventData.Call c) {
            return new EventData.Call(f.past("date", c.date()), direction(c.direction()), withWhom(f, c.withWhom()),
                    summary(f, c.summary()), c.outcome(), f.documents("documentIds", c.documentIds()));
        }
        if (data instanceof EventData.Email e) {
            return new EventData.Email(f.past("date", e.date()), direction(e.direction()), withWhom(f, e.withWhom()),
                    summary(f, e.summary()), e.outcome(), f.documents("documentIds", e.documentIds()));
        }
        if (data instanceof EventData.Meeting m) {
            return new EventData.Meeting(f.past("date", m.date()), withWhom(f, m.withWhom()), summary(f, m.summary()),
                    m.outcome(), f.documents("documentIds", m.documentIds()));
        }
        if (data instanceof EventData.PromiseMade p) {
            LocalDate made = f.past("date", p.date());
            return new EventData.PromiseMade(made, f.amount("amount", p.amount()),
                    f.notBefore("dueDate", p.dueDate(), made, "the day of the promise", true), p.written(),
                    f.documents("documentIds", p.documentIds()), f.text("note", p.note(), MAX_REASON, false));
        }
        return Proceedings.normalized(f, data);
    }

    private static EventData.ClaimAdded claim(FactFields f, EventData.ClaimAdded c) {
        String number = f.text("invoiceNumber", c.invoiceNumber(), MAX_INVOICE_NUMBER, true);
        if (number != null) {
            f.file.recovery().claim(number).ifPresent(existing -> f.error("invoiceNumber",
                    "is already claimed on this case (as " + existing.invoiceNumber() + ", event " + existing.seq()
                            + ")"));
        }
        LocalDate issued = f.past("issueDate", c.issueDate());
        LocalDate due = f.notBefore("dueDate", c.dueDate(), issued, "the issue date", true);
        String currency = c.currency() == null || c.currency().isBlank() ? f.file.currency()
                : c.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!currency.equals(f.file.currency())) {
            f.error("currency", "must be the case currency (" + f.file.currency() + "): a claim in another currency"
                    + " belongs to another case");
        }
        BigDecimal amount = f.amount("amount", c.amount());
        BigDecimal claimed = Money.problem(c.amount()) != null ? null
                : f.file.recovery().claims().stream().map(Claim::amount).reduce(amount, BigDecimal::add);
        if (claimed != null && claimed.compareTo(Money.LARGEST_CLAIMED) > 0) {
            f.error("amount", "would bring the case's claims to " + claimed.toPlainString() + ", more than "
                    + Money.LARGEST_CLAIMED.toPlainString() + ", the most one case's statement prints with its interest;"
                    + " file the other invoices as a second case");
        }
        return new EventData.ClaimAdded(number, issued, due, amount, currency,
                f.documents("documentIds", c.documentIds()), f.text("note", c.note(), MAX_REASON, false));
    }

    private static Interaction.Direction direction(Interaction.Direction given) {
        return given == null ? Interaction.Direction.OUTGOING : given;
    }

    private static String withWhom(FactFields f, String value) {
        return f.text("withWhom", value, FactFields.MAX_LINE, false);
    }

    private static String summary(FactFields f, String value) {
        return f.text("summary", value, FactFields.MAX_TEXT, true);
    }

    /** Disputes, plans, notices, acknowledgments, the decision-maker, notes and stage changes. */
    private static final class Proceedings {
        static EventData normalized(FactFields f, EventData data) {
            if (data instanceof EventData.DisputeRaised d) {
                return new EventData.DisputeRaised(f.past("date", d.date()),
                        f.text("text", d.text(), FactFields.MAX_TEXT, true), d.written(),
                        f.invoices("invoiceNumbers", d.invoiceNumbers()), f.documents("documentIds", d.documentIds()));
            }
            if (data instanceof EventData.DisputeAnswered a) {
                return answer(f, a);
            }
            if (data instanceof EventData.PlanAgreed p) {
                return plan(f, p);
            }
            if (data instanceof EventData.FormalNoticeSent n) {
                return notice(f, n);
            }
            if (data instanceof EventData.DebtAcknowledged a) {
                return new EventData.DebtAcknowledged(f.past("date", a.date()), a.dateCertaine(),
                        f.invoices("invoiceNumbers", a.invoiceNumbers()), f.documents("documentIds", a.documentIds()),
                        f.text("text", a.text(), FactFields.MAX_TEXT, false));
            }
            if (data instanceof EventData.ClaimDocumentsLinked l) {
                if (l.documentIds().isEmpty()) {
                    f.error("documentIds", "must list at least one document");
                }
                return new EventData.ClaimDocumentsLinked(f.invoice("invoiceNumber", l.invoiceNumber(), true),
                        f.documents("documentIds", l.documentIds()));
            }
            if (data instanceof EventData.DebtorUpdated u) {
                Party debtor = NewCaseValidator.party("debtor", u.debtor(), f.report);
                return new EventData.DebtorUpdated(debtor, f.text("reason", u.reason(), MAX_REASON, false),
                        List.copyOf(f.report.warnings));
            }
            if (data instanceof EventData.DecisionMakerSet d) {
                if (d.contact() == null) {
                    f.error("contact", "is required");
                }
                return new EventData.DecisionMakerSet(
                        d.contact() == null ? null : NewCaseValidator.contact("contact", d.contact(), f.report),
                        f.text("reason", d.reason(), MAX_REASON, false));
            }
            if (data instanceof EventData.Note n) {
                return new EventData.Note(f.text("text", n.text(), FactFields.MAX_TEXT, true),
                        n.kind() == CaseNote.Kind.GENERAL ? null : n.kind(),
                        n.date() == null ? null : f.past("date", n.date()));
            }
            if (data instanceof EventData.StageChanged s) {
                return stage(f, s);
            }
            throw new IllegalArgumentException(EventType.nameOf(data) + " is not recorded as a fact of the case");
        }

        private static EventData answer(FactFields f, EventData.DisputeAnswered a) {
            Optional<Dispute> dispute = f.file.recovery().disputes().stream().filter(d -> d.seq() == a.dispute())
                    .findFirst();
            if (dispute.isEmpty()) {
                f.error("dispute", "is not a dispute of this case: give the seq of its DISPUTE event");
            } else if (!dispute.get().open()) {
                f.error("dispute", "was already answered on " + dispute.get().answer().date());
            }
            LocalDate date = f.past("date", a.date());
            dispute.ifPresent(d -> f.notBefore("date", date, d.date(), "the dispute", false));
            return new EventData.DisputeAnswered(a.dispute(), date, f.text("text", a.text(), FactFields.MAX_TEXT, true),
                    f.documents("documentIds", a.documentIds()));
        }

        private static EventData plan(FactFields f, EventData.PlanAgreed p) {
            LocalDate agreed = f.past("date", p.date());
            List<Instalment> instalments = new ArrayList<>();
            if (p.instalments().isEmpty() || p.instalments().size() > MAX_INSTALMENTS) {
                f.error("instalments", "must list 1 to " + MAX_INSTALMENTS + " instalments");
            }
            LocalDate previous = agreed;
            String previousName = "the day the plan was agreed";
            for (int i = 0; i < p.instalments().size(); i++) {
                Instalment given = p.instalments().get(i);
                String at = "instalments[" + i + "]";
                if (given == null) {
                    f.error(at, "is required");
                    continue;
                }
                LocalDate due = f.notBefore(at + ".dueDate", given.dueDate(), previous, previousName, true);
                BigDecimal amount = f.amount(at + ".amount", given.amount());
                instalments.add(new Instalment(due, amount));
                if (due != null) {
                    previous = due.plusDays(1);
                    previousName = "the day after the previous instalment";
                }
            }
            Integer grace = p.accelerationGraceDays();
            if (grace != null && (grace < 0 || grace > MAX_ACCELERATION_GRACE_DAYS)) {
                f.error("accelerationGraceDays", "must be from 0 (the day after a missed due date) to "
                        + MAX_ACCELERATION_GRACE_DAYS + " days; leave it out when the plan has no acceleration clause");
            }
            return new EventData.PlanAgreed(agreed, instalments, f.text("security", p.security(), 1000, false),
                    p.signedByDebtor(), f.documents("documentIds", p.documentIds()), grace);
        }

        private static EventData notice(FactFields f, EventData.FormalNoticeSent n) {
            LocalDate sent = f.past("date", n.date());
            if (n.method() == null) {
                f.error("method", "is required");
            }
            return new EventData.FormalNoticeSent(sent, n.method(),
                    f.document("letterDocumentId", n.letterDocumentId(), false),
                    f.document("proofDocumentId", n.proofDocumentId(), false), n.dateCertaine(),
                    f.notBefore("deadline", n.deadline(), sent, "the day the notice was sent", false),
                    f.invoices("invoiceNumbers", n.invoiceNumbers()));
        }

        private static EventData stage(FactFields f, EventData.StageChanged s) {
            Stage from = f.file.stage();
            String reason = f.text("reason", s.reason(), MAX_REASON, true);
            if (from == s.stage()) {
                f.error("stage", "the case is already " + from);
            } else if (!from.canMoveTo(s.stage())) {
                f.error("stage", from.isClosed() ? "the case is closed (" + from + "): a closed case is never reopened"
                        : "cannot go from " + from + " to " + s.stage() + "; allowed: " + from.next());
            } else if (s.stage() == Stage.CLOSED_PAID && f.file.recovery().balance().signum() > 0) {
                f.error("stage", "the balance is still " + f.file.recovery().balance() + " " + f.file.currency()
                        + ": record the payments first, or close as CLOSED_SETTLED or CLOSED_WRITTEN_OFF");
            }
            return new EventData.StageChanged(s.stage(), reason);
        }
    }
}
