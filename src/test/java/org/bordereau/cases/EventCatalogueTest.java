package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCatalogueTest {
    /** One sample per type: adding a type without a sample here fails {@link #everyTypeRoundTrips}. */
    static final Map<EventType, EventData> SAMPLES = Map.ofEntries(
            Map.entry(EventType.CASE_OPENED, new EventData.CaseOpened("01JNM0000000000000000000AB", "R-1", "MA", "MAD",
                    Samples.creditor(), Samples.debtor("Beta SARL", "001561191000066"), null, List.of("w"))),
            Map.entry(EventType.STAGE_CHANGED, new EventData.StageChanged(Stage.PERSONALISED, "promise missed")),
            Map.entry(EventType.NOTE, new EventData.Note("Rappelé le 12/03 — « on paie fin du mois »")),
            Map.entry(EventType.DOCUMENT_ADDED, new EventData.DocumentAdded("01JNM0000000000000000000DC",
                    "b".repeat(64), 1234, "application/pdf", "application/octet-stream", "facture F-17.pdf",
                    new Document.Extraction(DocumentKind.INVOICE, 0.92, Map.of(
                            "totalAmount", new ExtractedField("1200.00", ExtractedField.TEXT, 0.9),
                            "dueDate", new ExtractedField("2025-02-14", ExtractedField.XML, 1.0))),
                    Map.of("subject", "Facture"), List.of("declared type differs"), null, "from the ERP")),
            Map.entry(EventType.DOCUMENT_CORRECTED, new EventData.DocumentCorrected("01JNM0000000000000000000DC",
                    DocumentKind.QUOTE, Map.of("totalAmount", "1250.00"), "typo in OCR")),
            Map.entry(EventType.CLAIM_ADDED, new EventData.ClaimAdded("F-2025-017", LocalDate.of(2025, 1, 15),
                    LocalDate.of(2025, 2, 14), new BigDecimal("10000.00"), "MAD", List.of("01JNM0000000000000000000DC"),
                    "confirmed against the ledger")),
            Map.entry(EventType.CLAIM_DOCUMENTS_LINKED, new EventData.ClaimDocumentsLinked("F-2025-017",
                    List.of("01JNM0000000000000000000DD"))),
            Map.entry(EventType.PAYMENT, new EventData.PaymentReceived(LocalDate.of(2025, 4, 10),
                    new BigDecimal("2500.00"), "VIR 88", "F-2025-017", true, List.of())),
            Map.entry(EventType.CALL, new EventData.Call(LocalDate.of(2025, 3, 3), Interaction.Direction.OUTGOING,
                    "K. Benali (CFO)", "promised an answer Friday", Interaction.Outcome.REACHED, List.of())),
            Map.entry(EventType.EMAIL, new EventData.Email(LocalDate.of(2025, 3, 4), Interaction.Direction.INCOMING,
                    "compta@beta.ma", "asks for a copy of the delivery note", null, List.of("01JNM0000000000000000000DE"))),
            Map.entry(EventType.MEETING, new EventData.Meeting(LocalDate.of(2025, 3, 20), "gérant", "meeting at their office",
                    Interaction.Outcome.REFUSED, List.of())),
            Map.entry(EventType.PROMISE, new EventData.PromiseMade(LocalDate.of(2025, 3, 3), new BigDecimal("5000.00"),
                    LocalDate.of(2025, 3, 31), true, List.of(), null)),
            Map.entry(EventType.DISPUTE, new EventData.DisputeRaised(LocalDate.of(2025, 3, 5), "goods damaged", true,
                    List.of("F-2025-017"), List.of())),
            Map.entry(EventType.DISPUTE_ANSWERED, new EventData.DisputeAnswered(7, LocalDate.of(2025, 3, 8),
                    "delivery note signed without reservation", List.of())),
            Map.entry(EventType.PLAN_AGREED, new EventData.PlanAgreed(LocalDate.of(2025, 4, 1), List.of(
                    new Instalment(LocalDate.of(2025, 4, 30), new BigDecimal("2500.00")),
                    new Instalment(LocalDate.of(2025, 5, 31), new BigDecimal("2500.00"))), "caution du gérant", true,
                    List.of())),
            Map.entry(EventType.DECISION_MAKER_SET, new EventData.DecisionMakerSet(
                    new Contact("Nadia Alaoui", "DAF", "n.alaoui@beta.ma", null), "new CFO")),
            Map.entry(EventType.DEBTOR_UPDATED, new EventData.DebtorUpdated(Samples.debtor("Beta SARL", "001561191000066"),
                    "ICE read on the invoice", List.of())),
            Map.entry(EventType.FORMAL_NOTICE_SENT, new EventData.FormalNoticeSent(LocalDate.of(2025, 5, 2),
                    FormalNotice.Method.BAILIFF, "01JNM0000000000000000000DF", "01JNM0000000000000000000DG", true,
                    LocalDate.of(2025, 5, 17), List.of())),
            Map.entry(EventType.DEBT_ACKNOWLEDGED, new EventData.DebtAcknowledged(LocalDate.of(2025, 4, 1), false,
                    List.of(), List.of("01JNM0000000000000000000DH"), "reconnaissance de dette signée")),
            Map.entry(EventType.LETTER_ISSUED, new EventData.LetterIssued("01JNM0000000000000000000LT",
                    LetterKind.MISE_EN_DEMEURE, "fr", "b".repeat(64), 48_213, 2, LocalDate.of(2025, 5, 2),
                    LocalDate.of(2025, 5, 17), List.of("F-2025-017"), new BigDecimal("8198.55"), "EUR",
                    "c".repeat(64), "PAdES-BASELINE-T", false, null)),
            Map.entry(EventType.DOSSIER_REQUESTED, new EventData.DossierRequested("01JNM0000000000000000000DS", "fr",
                    Map.of("numbering", "continuous"))),
            Map.entry(EventType.DOSSIER_BUILT, new EventData.DossierBuilt("01JNM0000000000000000000DS",
                    List.of(new IssuedDossier.Volume(1, "d".repeat(64), 1_234_567, 152)), 152, 31, "e".repeat(64),
                    "c".repeat(64), "PAdES-BASELINE-B", true)),
            Map.entry(EventType.DOSSIER_FAILED, new EventData.DossierFailed("01JNM0000000000000000000DS",
                    "exhibit 12 is an encrypted PDF")),
            Map.entry(EventType.OUTPUT_DOWNLOADED, new EventData.OutputDownloaded("dossier",
                    "01JNM0000000000000000000DS", "pdf", "link")));

    @Test
    void everyEventRecordHasACatalogueEntry() {
        List<Class<?>> catalogued = Arrays.stream(EventType.values()).<Class<?>>map(EventType::dataType).toList();

        assertThat(EventData.class.getPermittedSubclasses())
                .filteredOn(c -> c != EventData.Unrecognised.class)
                .containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everyTypeRoundTrips() throws Exception {
        EventCodec codec = new EventCodec();
        for (EventType type : EventType.values()) {
            EventData data = SAMPLES.get(type);
            assertThat(data).as("sample for " + type).isNotNull();

            EventCodec.Encoded encoded = codec.encode(3, Instant.parse("2025-03-01T09:00:00.120Z"), AGENT, data,
                    "a".repeat(64));
            CaseEvent decoded = codec.decode(encoded.bytes(), 3);

            assertThat(decoded).isEqualTo(encoded.event());
            assertThat(decoded.data()).isEqualTo(data);
            assertThat(decoded.type()).isEqualTo(type.name());
            assertThat(codec.encode(3, decoded.at(), AGENT, decoded.data(), decoded.prev()).bytes())
                    .as("deterministic").isEqualTo(encoded.bytes());
        }
    }

    @Test
    void anEventTypeFromANewerBuildKeepsTheCaseReadable(@TempDir Path dir) throws Exception {
        FileBlobStore store = new FileBlobStore(dir);
        CaseService cases = new CaseService(store, new Samples.TickingClock());
        Case c = cases.create(TENANT, AGENT, Samples.newCase("ACME-FUTURE"));
        EventData future = new EventData.Unrecognised("ESCROW_OPENED",
                new ObjectMapper().readTree("{\"bank\":\"BMCE\",\"amount\":\"100.00\"}"));
        EventCodec.Encoded written = new EventCodec().encode(2, Instant.parse("2025-03-02T00:00:00Z"), AGENT, future,
                c.chainHead());
        store.put(EventLog.key(TENANT, c.id(), 2), written.bytes(), "application/json");

        Case seen = new CaseService(store, new Samples.TickingClock()).get(TENANT, c.id());

        assertThat(seen.version()).isEqualTo(2);
        assertThat(seen.chainHead()).isEqualTo(written.event().hash());
        assertThat(seen.stage()).isEqualTo(Stage.COMMERCIAL);
        assertThat(cases.verify(TENANT, c.id()).ok()).isTrue();
    }
}
