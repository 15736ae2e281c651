package org.bordereau.cases;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event catalogue: the {@code type} names written in the log, each bound to its data record.
 * Names are part of the stored format: never rename one, add a new one instead.
 */
public enum EventType {
    CASE_OPENED(EventData.CaseOpened.class),
    STAGE_CHANGED(EventData.StageChanged.class),
    NOTE(EventData.Note.class),
    DOCUMENT_ADDED(EventData.DocumentAdded.class),
    DOCUMENT_CORRECTED(EventData.DocumentCorrected.class),
    CLAIM_ADDED(EventData.ClaimAdded.class),
    PAYMENT(EventData.PaymentReceived.class),
    CALL(EventData.Call.class),
    EMAIL(EventData.Email.class),
    MEETING(EventData.Meeting.class),
    PROMISE(EventData.PromiseMade.class),
    DISPUTE(EventData.DisputeRaised.class),
    DISPUTE_ANSWERED(EventData.DisputeAnswered.class),
    PLAN_AGREED(EventData.PlanAgreed.class),
    DECISION_MAKER_SET(EventData.DecisionMakerSet.class),
    FORMAL_NOTICE_SENT(EventData.FormalNoticeSent.class),
    DEBT_ACKNOWLEDGED(EventData.DebtAcknowledged.class),
    CLAIM_DOCUMENTS_LINKED(EventData.ClaimDocumentsLinked.class),
    DEBTOR_UPDATED(EventData.DebtorUpdated.class),
    LETTER_ISSUED(EventData.LetterIssued.class),
    DOSSIER_REQUESTED(EventData.DossierRequested.class),
    DOSSIER_BUILT(EventData.DossierBuilt.class),
    DOSSIER_FAILED(EventData.DossierFailed.class),
    OUTPUT_DOWNLOADED(EventData.OutputDownloaded.class);

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_DATA =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.dataType, Function.identity()));

    private final Class<? extends EventData> dataType;

    EventType(Class<? extends EventData> dataType) {
        this.dataType = dataType;
    }

    public Class<? extends EventData> dataType() {
        return dataType;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type name to store for {@code data}; {@link EventData.Unrecognised} keeps its own. */
    public static String nameOf(EventData data) {
        if (data instanceof EventData.Unrecognised u) {
            return u.type();
        }
        EventType type = BY_DATA.get(data.getClass());
        if (type == null) {
            throw new IllegalStateException("event data without a catalogue entry: " + data.getClass());
        }
        return type.name();
    }
}
