package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventChainTest {
    static final String JSON = "application/json";

    @TempDir
    Path dir;
    BlobStore store;
    CaseService cases;
    String caseId;

    @BeforeEach
    void tenEvents() {
        store = new FileBlobStore(dir);
        cases = new CaseService(store, new Samples.TickingClock());
        caseId = cases.create(TENANT, AGENT, Samples.newCase("ACME-CHAIN")).id();
        for (int i = 2; i <= 10; i++) {
            cases.record(TENANT, caseId, AGENT, new EventData.Note("note " + i));
        }
    }

    @Test
    void anUntouchedLogVerifies() {
        ChainCheck check = cases.verify(TENANT, caseId);

        assertThat(check.ok()).isTrue();
        assertThat(check.events()).isEqualTo(10);
        assertThat(check.headHash()).isEqualTo(cases.get(TENANT, caseId).chainHead());
        assertThat(check.brokenAt()).isNull();
    }

    @Test
    void eventsAreStoredCanonicallyAndChained() throws Exception {
        byte[] first = store.getBytes(EventLog.key(TENANT, caseId, 1));
        byte[] second = store.getBytes(EventLog.key(TENANT, caseId, 2));
        JsonNode one = new ObjectMapper().readTree(first);
        JsonNode two = new ObjectMapper().readTree(second);

        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("{\"actor\":\"agent:alice\",\"at\":\"2025-03-01T09:00:")
                .doesNotContain("\n  ").doesNotContain(": ");
        assertThat(fieldNames(one)).containsExactly("actor", "at", "data", "digest", "prev", "seq", "type");
        assertThat(one.get("prev").asText()).isEqualTo("0".repeat(64));
        assertThat(one.get("seq").asLong()).isEqualTo(1);
        assertThat(one.get("type").asText()).isEqualTo("CASE_OPENED");
        assertThat(one.at("/data/caseId").asText()).isEqualTo(caseId);
        assertThat(two.get("prev").asText()).isEqualTo(EventCodec.sha256(first));
        assertThat(cases.events(TENANT, caseId)).extracting(CaseEvent::seq)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void editingAnyEventInPlaceIsPinnedToThatEvent() {
        for (long seq = 1; seq <= 10; seq++) {
            String key = EventLog.key(TENANT, caseId, seq);
            byte[] original = store.getBytes(key);

            store.put(key, editOneCharacterOfTheActor(original), JSON);
            assertBrokenAt(seq, ChainCheck.Problem.DIGEST_MISMATCH);

            byte[] flipped = original.clone();
            flipped[flipped.length / 2] ^= 0x01; // may make the JSON unreadable: still this event
            store.put(key, flipped, JSON);
            assertBrokenAt(seq, null);

            store.put(key, original, JSON);
            assertThat(cases.verify(TENANT, caseId).ok()).isTrue();
        }
    }

    @Test
    void aTamperedCaseIsNotShownAsIfIntact() {
        String key = EventLog.key(TENANT, caseId, 4);
        store.put(key, editOneCharacterOfTheActor(store.getBytes(key)), JSON);

        CaseService fresh = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());

        assertThatThrownBy(() -> fresh.get(TENANT, caseId)).isInstanceOfSatisfying(CorruptLogException.class,
                e -> assertThat(e.check().brokenAt()).isEqualTo(4));
    }

    @Test
    void aDeletedEventIsAGap() {
        store.delete(EventLog.key(TENANT, caseId, 5));

        assertBrokenAt(5, ChainCheck.Problem.GAP);
        assertThat(cases.verify(TENANT, caseId).events()).as("the intact prefix").isEqualTo(4);
    }

    @Test
    void anEventCopiedFromAnotherPlaceIsCaught() {
        byte[] third = store.getBytes(EventLog.key(TENANT, caseId, 3));
        store.put(EventLog.key(TENANT, caseId, 7), third, JSON);
        assertBrokenAt(7, ChainCheck.Problem.SEQ_MISMATCH);

        String otherCase = cases.create(TENANT, AGENT, Samples.newCase("ACME-OTHER")).id();
        store.put(EventLog.key(TENANT, otherCase, 1), store.getBytes(EventLog.key(TENANT, caseId, 1)), JSON);
        ChainCheck other = cases.verify(TENANT, otherCase);
        assertThat(other.brokenAt()).isEqualTo(1);
        assertThat(other.problem()).isEqualTo(ChainCheck.Problem.WRONG_CASE);
    }

    @Test
    void aValidEventOfAnotherChainBreaksTheLink() {
        // A re-signed event (correct digest) written over event 6 with a prev that is not event 5's hash.
        EventCodec codec = new EventCodec();
        byte[] forged = codec.encode(6, java.time.Instant.parse("2025-03-01T10:00:00Z"), AGENT,
                new EventData.Note("forged"), "f".repeat(64)).bytes();
        store.put(EventLog.key(TENANT, caseId, 6), forged, JSON);

        assertBrokenAt(6, ChainCheck.Problem.PREV_MISMATCH);
    }

    @Test
    void aStrayObjectInTheLogIsReported() {
        store.put("t/" + TENANT + "/cases/" + caseId + "/events/0000000005.json.bak", new byte[] {1}, JSON);

        assertBrokenAt(6, ChainCheck.Problem.STRAY_OBJECT);
    }

    private void assertBrokenAt(long seq, ChainCheck.Problem problem) {
        ChainCheck check = cases.verify(TENANT, caseId);
        assertThat(check.ok()).as("verify after tampering with event " + seq).isFalse();
        assertThat(check.brokenAt()).as("broken at").isEqualTo(seq);
        assertThat(check.events()).isEqualTo(seq - 1);
        if (problem != null) {
            assertThat(check.problem()).isEqualTo(problem);
        }
    }

    /** Changes one byte inside the actor's value: still valid JSON, only the meaning changed. */
    private static byte[] editOneCharacterOfTheActor(byte[] event) {
        String text = new String(event, StandardCharsets.UTF_8);
        int at = text.indexOf("\"actor\":\"agent:alice\"") + "\"actor\":\"agent:".length();
        byte[] edited = event.clone();
        edited[at] = 'm'; // agent:alice -> agent:mlice
        return edited;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
