package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCatalogueTest {
    /** One sample per type: adding a type without a sample here fails {@link #everyTypeRoundTrips}. */
    static final Map<EventType, EventData> SAMPLES = Map.of(
            EventType.CASE_OPENED, new EventData.CaseOpened("01JNM0000000000000000000AB", "R-1", "MA", "MAD",
                    Samples.creditor(), Samples.debtor("Beta SARL", "001561191000066"), null, List.of("w")),
            EventType.STAGE_CHANGED, new EventData.StageChanged(Stage.PERSONALISED, "promise missed"),
            EventType.NOTE, new EventData.Note("Rappelé le 12/03 — « on paie fin du mois »"),
            EventType.DOCUMENT_ADDED, new EventData.DocumentAdded("01JNM0000000000000000000DC", "b".repeat(64), 1234,
                    "application/pdf", "application/octet-stream", "facture F-17.pdf",
                    new Document.Extraction(DocumentKind.INVOICE, 0.92, Map.of(
                            "totalAmount", new ExtractedField("1200.00", ExtractedField.TEXT, 0.9),
                            "dueDate", new ExtractedField("2025-02-14", ExtractedField.XML, 1.0))),
                    Map.of("subject", "Facture"), List.of("declared type differs"), null, "from the ERP"),
            EventType.DOCUMENT_CORRECTED, new EventData.DocumentCorrected("01JNM0000000000000000000DC",
                    DocumentKind.QUOTE, Map.of("totalAmount", "1250.00"), "typo in OCR"));

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
