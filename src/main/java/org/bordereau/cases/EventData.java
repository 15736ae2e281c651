package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The typed payload ({@code data}) of a case event: one record per {@link EventType}. Records are
 * pure data, serialized with sorted keys and without nulls, so adding an optional field later keeps
 * old events readable and their hashes unchanged.
 *
 * <p>To add an event type: add a record here, add its constant to {@link EventType}, and, if it
 * changes what a {@link Case} shows, one branch in {@link CaseProjection#apply}. {@code
 * EventCatalogueTest} fails when a record has no constant.
 */
public sealed interface EventData {

    /** The first event of every log: the validated, normalized command that opened the case. */
    record CaseOpened(
            String caseId,
            String reference,
            String jurisdiction,
            String currency,
            Party creditor,
            Party debtor,
            Contact decisionMaker,
            List<String> warnings) implements EventData {
        public CaseOpened {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /**
     * The case moved to another recovery stage (DESIGN.md §1). Appended with an expected version:
     * a stage decision is made on the state the agent saw. Transition rules belong to the command.
     */
    record StageChanged(Stage stage, String reason) implements EventData {
        public StageChanged {
            if (stage == null) {
                throw new IllegalArgumentException("a stage change needs the new stage");
            }
        }
    }

    /**
     * A document was added: its blob is stored under {@code sha256} before this event is written,
     * so the log never points at missing bytes. The time and actor are the event's.
     */
    record DocumentAdded(
            String documentId,
            String sha256,
            long size,
            String mediaType,
            String declaredType,
            String filename,
            Document.Extraction extraction,
            Map<String, String> metadata,
            List<String> warnings,
            String parentId,
            String note) implements EventData {
        public DocumentAdded {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** An agent corrected a document's kind or fields; the extraction stays as it was read. */
    record DocumentCorrected(String documentId, DocumentKind kind, Map<String, String> fields, String reason)
            implements EventData {
        public DocumentCorrected {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /**
     * Free text an agent writes on the case file. {@code kind} (absent for a plain note) types the
     * notes the escalation assessment reads: INSOLVENCY_SIGN, BAD_FAITH; {@code date} is when the
     * noted fact happened, if known.
     */
    record Note(String text, CaseNote.Kind kind, LocalDate date) implements EventData {
        public Note(String text) {
            this(text, null, null);
        }
    }

    /**
     * An agent confirmed an invoice claim: amount including tax, in the case currency, and the
     * documents proving it. Invoice numbers are unique on a case.
     */
    record ClaimAdded(
            String invoiceNumber,
            LocalDate issueDate,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String currency,
            List<String> documentIds,
            String note) implements EventData {
        public ClaimAdded {
            documentIds = copy(documentIds);
        }
    }

    /** Documents that arrived after a claim was confirmed (a delivery note, the order) linked to it. */
    record ClaimDocumentsLinked(String invoiceNumber, List<String> documentIds) implements EventData {
        public ClaimDocumentsLinked {
            documentIds = copy(documentIds);
        }
    }

    /**
     * The debtor's details were completed or corrected (a missing ICE, the address for service), checked
     * like at case creation; {@code warnings} are the non-blocking remarks on the new details.
     */
    record DebtorUpdated(Party debtor, String reason, List<String> warnings) implements EventData {
        public DebtorUpdated {
            warnings = copy(warnings);
        }
    }

    /** A payment received (PAYMENT); see {@link Payment}. */
    record PaymentReceived(
            LocalDate date,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String reference,
            String allocatedTo,
            boolean dateCertaine,
            List<String> documentIds) implements EventData {
        public PaymentReceived {
            documentIds = copy(documentIds);
        }
    }

    /** What the three kinds of contact with the debtor have in common. */
    interface Exchange {
        LocalDate date();

        String withWhom();

        String summary();

        Interaction.Outcome outcome();

        List<String> documentIds();
    }

    /** A phone call with the debtor (CALL); {@code direction} OUTGOING when the creditor called. */
    record Call(LocalDate date, Interaction.Direction direction, String withWhom, String summary,
                Interaction.Outcome outcome, List<String> documentIds) implements EventData, Exchange {
        public Call {
            documentIds = copy(documentIds);
        }
    }

    /** An e-mail to or from the debtor (EMAIL); the message itself is best attached as a document. */
    record Email(LocalDate date, Interaction.Direction direction, String withWhom, String summary,
                 Interaction.Outcome outcome, List<String> documentIds) implements EventData, Exchange {
        public Email {
            documentIds = copy(documentIds);
        }
    }

    /** A meeting with the debtor (MEETING), face to face as in the pre-litigation stage. */
    record Meeting(LocalDate date, String withWhom, String summary, Interaction.Outcome outcome,
                   List<String> documentIds) implements EventData, Exchange {
        public Meeting {
            documentIds = copy(documentIds);
        }
    }

    /** A promise to pay {@code amount} by {@code dueDate}, made on {@code date} (PROMISE); see {@link Promise}. */
    record PromiseMade(
            LocalDate date,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            LocalDate dueDate,
            boolean written,
            List<String> documentIds,
            String note) implements EventData {
        public PromiseMade {
            documentIds = copy(documentIds);
        }
    }

    /** The debtor disputes some invoices, or all when {@code invoiceNumbers} is empty (DISPUTE). */
    record DisputeRaised(LocalDate date, String text, boolean written, List<String> invoiceNumbers,
                         List<String> documentIds) implements EventData {
        public DisputeRaised {
            invoiceNumbers = copy(invoiceNumbers);
            documentIds = copy(documentIds);
        }
    }

    /** The creditor answered the dispute recorded as event {@code dispute} (DISPUTE_ANSWERED). */
    record DisputeAnswered(long dispute, LocalDate date, String text, List<String> documentIds)
            implements EventData {
        public DisputeAnswered {
            documentIds = copy(documentIds);
        }
    }

    /**
     * A payment plan agreed (PLAN_AGREED), appended with an expected version: it is decided on the
     * balance the agent saw. See {@link PaymentPlan}. {@code accelerationGraceDays} (absent: the plan
     * has no such clause) is its déchéance du terme: an instalment still not fully paid that many days
     * after its due date makes everything left on the plan due at once.
     */
    record PlanAgreed(LocalDate date, List<Instalment> instalments, String security, boolean signedByDebtor,
                      List<String> documentIds, Integer accelerationGraceDays) implements EventData {
        public PlanAgreed {
            instalments = copy(instalments);
            documentIds = copy(documentIds);
        }

        /** A plan without an acceleration clause (the shape before the clause was recorded). */
        public PlanAgreed(LocalDate date, List<Instalment> instalments, String security, boolean signedByDebtor,
                          List<String> documentIds) {
            this(date, instalments, security, signedByDebtor, documentIds, null);
        }
    }

    /** The person at the debtor who can decide to pay was identified or changed (DECISION_MAKER_SET). */
    record DecisionMakerSet(Contact contact, String reason) implements EventData {}

    /** A formal notice was sent (FORMAL_NOTICE_SENT); see {@link FormalNotice}. */
    record FormalNoticeSent(LocalDate date, FormalNotice.Method method, String letterDocumentId,
                            String proofDocumentId, boolean dateCertaine, LocalDate deadline,
                            List<String> invoiceNumbers) implements EventData {
        public FormalNoticeSent {
            invoiceNumbers = copy(invoiceNumbers);
        }
    }

    /** The debtor acknowledged the debt (DEBT_ACKNOWLEDGED); see {@link Acknowledgment}. */
    record DebtAcknowledged(LocalDate date, boolean dateCertaine, List<String> invoiceNumbers,
                            List<String> documentIds, String text) implements EventData {
        public DebtAcknowledged {
            invoiceNumbers = copy(invoiceNumbers);
            documentIds = copy(documentIds);
        }
    }

    /**
     * A signed letter was issued (LETTER_ISSUED): its PDF was stored as the blob {@code sha256} before
     * this event was written. See {@link IssuedLetter}.
     */
    record LetterIssued(String letterId, LetterKind kind, String language, String sha256, long size, int pages,
                        LocalDate date, LocalDate deadline, List<String> invoiceNumbers,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                        String chainHead, String sealLevel, boolean developmentSeal, String downgrade)
            implements EventData {
        public LetterIssued {
            invoiceNumbers = copy(invoiceNumbers);
        }
    }

    /** A dossier build was asked for (DOSSIER_REQUESTED); {@code options} as given, for the record. */
    record DossierRequested(String dossierId, String language, Map<String, String> options) implements EventData {}

    /** A dossier was built, signed and stored (DOSSIER_BUILT): its volumes are blobs. See {@link IssuedDossier}. */
    record DossierBuilt(String dossierId, List<IssuedDossier.Volume> volumes, int pages, int exhibits,
                        String manifestSha256, String chainHead, String sealLevel, boolean developmentSeal)
            implements EventData {
        public DossierBuilt {
            volumes = copy(volumes);
        }
    }

    /** A dossier build failed (DOSSIER_FAILED); nothing was published. */
    record DossierFailed(String dossierId, String reason) implements EventData {}

    /** An issued output was downloaded (OUTPUT_DOWNLOADED); see {@link Download}. */
    record OutputDownloaded(String output, String outputId, String format, String via) implements EventData {}

    /**
     * An event whose type this build does not know (written by a newer instance sharing the bucket).
     * It stays in the chain and moves the version; the projection otherwise ignores it.
     */
    record Unrecognised(String type, JsonNode raw) implements EventData {}

    /** Null reads as empty; null elements are kept so that validation can name them. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
