package org.bordereau.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.Stage;

/**
 * Maps an {@link EventBody} to the event it asks for, collecting the problems of its shape: a type
 * that is not a fact an agent records, a field that does not belong to that type, an enumeration
 * value that does not exist. Field-level checks against the case are the domain's.
 */
final class EventBodies {
    private static final Set<String> COMMON = Set.of("type", "expectedVersion");
    private static final Set<String> EXCHANGE = Set.of("date", "direction", "withWhom", "summary", "outcome", "documentIds");
    /** The fields of each event type, besides {@code type} and {@code expectedVersion}. */
    static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("CLAIM_ADDED", Set.of("invoiceNumber", "issueDate", "dueDate", "amount", "currency", "documentIds", "note")),
            Map.entry("CLAIM_DOCUMENTS_LINKED", Set.of("invoiceNumber", "documentIds")),
            Map.entry("PAYMENT", Set.of("date", "amount", "reference", "allocatedTo", "dateCertaine", "documentIds")),
            Map.entry("CALL", EXCHANGE),
            Map.entry("EMAIL", EXCHANGE),
            Map.entry("MEETING", Set.of("date", "withWhom", "summary", "outcome", "documentIds")),
            Map.entry("PROMISE", Set.of("date", "amount", "dueDate", "written", "documentIds", "note")),
            Map.entry("DISPUTE", Set.of("date", "text", "written", "invoiceNumbers", "documentIds")),
            Map.entry("DISPUTE_ANSWERED", Set.of("dispute", "date", "text", "documentIds")),
            Map.entry("PLAN_AGREED", Set.of("date", "instalments", "security", "signedByDebtor", "documentIds",
                    "accelerationGraceDays")),
            Map.entry("STAGE_CHANGED", Set.of("stage", "reason")),
            Map.entry("DECISION_MAKER_SET", Set.of("contact", "reason")),
            Map.entry("DEBTOR_UPDATED", Set.of("debtor", "reason")),
            Map.entry("FORMAL_NOTICE_SENT", Set.of("date", "method", "letterDocumentId", "proofDocumentId", "dateCertaine",
                    "deadline", "invoiceNumbers")),
            Map.entry("DEBT_ACKNOWLEDGED", Set.of("date", "dateCertaine", "invoiceNumbers", "documentIds", "text")),
            Map.entry("NOTE", Set.of("text", "kind", "date")));

    private EventBodies() {}

    /** The mapped event (null when its type is unknown or a required enumeration is unreadable) and the problems. */
    record Mapped(EventData data, List<Problem.FieldError> errors) {}

    static Mapped map(EventBody b, Iterator<String> presentFields) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String type = b.type() == null ? null : b.type().strip().toUpperCase(Locale.ROOT);
        if (type == null || !FIELDS.containsKey(type)) {
            errors.add(new Problem.FieldError("type", "must be one of " + new TreeSet<>(FIELDS.keySet())));
            return new Mapped(null, errors);
        }
        Set<String> allowed = FIELDS.get(type);
        presentFields.forEachRemaining(name -> {
            if (!COMMON.contains(name) && !allowed.contains(name) && isKnownField(name)) {
                errors.add(new Problem.FieldError(name, "is not a field of a " + type + " event; it takes "
                        + new TreeSet<>(allowed)));
            }
        });
        return new Mapped(data(type, b, errors), errors);
    }

    private static boolean isKnownField(String name) {
        return Arrays.stream(EventBody.class.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
    }

    private static EventData data(String type, EventBody b, List<Problem.FieldError> errors) {
        boolean certain = Boolean.TRUE.equals(b.dateCertaine());
        boolean written = Boolean.TRUE.equals(b.written());
        switch (type) {
            case "CLAIM_ADDED":
                return new EventData.ClaimAdded(b.invoiceNumber(), b.issueDate(), b.dueDate(), b.amount(), b.currency(),
                        b.documentIds(), b.note());
            case "CLAIM_DOCUMENTS_LINKED":
                return new EventData.ClaimDocumentsLinked(b.invoiceNumber(), b.documentIds());
            case "PAYMENT":
                return new EventData.PaymentReceived(b.date(), b.amount(), b.reference(), b.allocatedTo(), certain,
                        b.documentIds());
            case "CALL":
                return new EventData.Call(b.date(), direction(b, errors), b.withWhom(), b.summary(), outcome(b, errors),
                        b.documentIds());
            case "EMAIL":
                return new EventData.Email(b.date(), direction(b, errors), b.withWhom(), b.summary(), outcome(b, errors),
                        b.documentIds());
            case "MEETING":
                return new EventData.Meeting(b.date(), b.withWhom(), b.summary(), outcome(b, errors), b.documentIds());
            case "PROMISE":
                return new EventData.PromiseMade(b.date(), b.amount(), b.dueDate(), written, b.documentIds(), b.note());
            case "DISPUTE":
                return new EventData.DisputeRaised(b.date(), b.text(), written, b.invoiceNumbers(), b.documentIds());
            case "DISPUTE_ANSWERED":
                if (b.dispute() == null) {
                    errors.add(new Problem.FieldError("dispute", "is required: the seq of the DISPUTE event"));
                }
                return new EventData.DisputeAnswered(b.dispute() == null ? 0 : b.dispute(), b.date(), b.text(),
                        b.documentIds());
            case "PLAN_AGREED":
                return new EventData.PlanAgreed(b.date(), instalments(b), b.security(),
                        Boolean.TRUE.equals(b.signedByDebtor()), b.documentIds(), b.accelerationGraceDays());
            case "STAGE_CHANGED":
                Stage stage = parse("stage", b.stage(), Stage.values(), true, errors);
                return stage == null ? null : new EventData.StageChanged(stage, b.reason());
            case "DECISION_MAKER_SET":
                return new EventData.DecisionMakerSet(b.contact() == null ? null : b.contact().toContact(), b.reason());
            case "DEBTOR_UPDATED":
                return new EventData.DebtorUpdated(b.debtor() == null ? null : b.debtor().toParty(), b.reason(), null);
            case "FORMAL_NOTICE_SENT":
                return new EventData.FormalNoticeSent(b.date(), parse("method", b.method(), FormalNotice.Method.values(),
                        false, errors), b.letterDocumentId(), b.proofDocumentId(), certain, b.deadline(),
                        b.invoiceNumbers());
            case "DEBT_ACKNOWLEDGED":
                return new EventData.DebtAcknowledged(b.date(), certain, b.invoiceNumbers(), b.documentIds(), b.text());
            default:
                return new EventData.Note(b.text(), parse("kind", b.kind(), CaseNote.Kind.values(), false, errors), b.date());
        }
    }

    private static List<Instalment> instalments(EventBody b) {
        if (b.instalments() == null) {
            return null;
        }
        List<Instalment> list = new ArrayList<>();
        b.instalments().forEach(i -> list.add(i == null ? null : new Instalment(i.dueDate(), i.amount())));
        return list;
    }

    private static Interaction.Direction direction(EventBody b, List<Problem.FieldError> errors) {
        return parse("direction", b.direction(), Interaction.Direction.values(), false, errors);
    }

    private static Interaction.Outcome outcome(EventBody b, List<Problem.FieldError> errors) {
        return parse("outcome", b.outcome(), Interaction.Outcome.values(), false, errors);
    }

    private static <E extends Enum<E>> E parse(String field, String value, E[] values, boolean required,
                                               List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required; one of " + Arrays.toString(values)));
            }
            return null;
        }
        for (E e : values) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        errors.add(new Problem.FieldError(field, "must be one of " + Arrays.toString(values)));
        return null;
    }
}
