package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes and reads events in one canonical form, because the chain hashes the stored bytes: UTF-8
 * JSON, no whitespace, object keys sorted by UTF-16 code units at every level (as RFC 8785 does),
 * no null members, instants as UTC ISO-8601, amounts as decimal strings (never binary floats).
 *
 * <p>Besides {@code prev}, every event carries {@code digest}: the SHA-256 of its own canonical form
 * without the digest member. {@code prev} links an event to the one before; {@code digest} lets
 * {@code verify} name the event that was edited, including the last one, which nothing links to yet.
 */
final class EventCodec {
    static final String GENESIS = "0".repeat(64);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    record Encoded(CaseEvent event, byte[] bytes) {}

    /** An event that cannot be accepted as stored, with the reason {@code verify} reports. */
    static final class Defect extends Exception {
        final ChainCheck.Problem problem;

        Defect(ChainCheck.Problem problem, String detail) {
            super(detail, null, false, false);
            this.problem = problem;
        }
    }

    Encoded encode(long seq, Instant at, String actor, EventData data, String prev) {
        String type = EventType.nameOf(data);
        ObjectNode event = mapper.createObjectNode();
        event.put("seq", seq);
        event.put("type", type);
        event.put("at", at.toString()); // Instant.toString is ISO-8601 in UTC
        event.put("actor", actor);
        event.set("data", data instanceof EventData.Unrecognised u ? u.raw() : mapper.valueToTree(data));
        event.put("prev", prev);
        event.put("digest", sha256(write(canonical(event))));
        byte[] bytes = write(canonical(event));
        return new Encoded(new CaseEvent(seq, type, at, actor, data, prev, sha256(bytes)), bytes);
    }

    /** Parses the object stored under event number {@code keySeq}, checking its own integrity. */
    CaseEvent decode(byte[] bytes, long keySeq) throws Defect {
        ObjectNode event = parseObject(bytes);
        long seq = integral(event, "seq");
        String type = text(event, "type");
        Instant at = instant(event, "at");
        String actor = text(event, "actor");
        JsonNode data = event.get("data");
        String prev = hex(event, "prev");
        String digest = hex(event, "digest");
        if (data == null || !data.isObject()) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "'data' is missing or not an object");
        }
        if (seq != keySeq) {
            throw new Defect(ChainCheck.Problem.SEQ_MISMATCH, "stored as event " + keySeq + " but says seq " + seq);
        }
        ObjectNode withoutDigest = event.deepCopy();
        withoutDigest.remove("digest");
        if (!digest.equals(sha256(write(canonical(withoutDigest))))) {
            throw new Defect(ChainCheck.Problem.DIGEST_MISMATCH, "content differs from what was written");
        }
        if (!Arrays.equals(bytes, write(canonical(event)))) {
            throw new Defect(ChainCheck.Problem.DIGEST_MISMATCH, "stored bytes are not in canonical form");
        }
        return new CaseEvent(seq, type, at, actor, typed(type, data), prev, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        return Blobs.sha256(bytes);
    }

    private EventData typed(String type, JsonNode data) throws Defect {
        var known = EventType.byName(type);
        if (known.isEmpty()) {
            return new EventData.Unrecognised(type, data);
        }
        try {
            return mapper.treeToValue(data, known.get().dataType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "data does not fit " + type);
        }
    }

    private ObjectNode parseObject(byte[] bytes) throws Defect {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // reported below: the reason is "not an event", whatever the parser said
        }
        throw new Defect(ChainCheck.Problem.UNPARSEABLE, "not a JSON object");
    }

    private static long integral(ObjectNode event, String field) throws Defect {
        JsonNode node = event.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "'" + field + "' is missing or not an integer");
        }
        return node.longValue();
    }

    private static String text(ObjectNode event, String field) throws Defect {
        JsonNode node = event.get(field);
        if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "'" + field + "' is missing or not text");
        }
        return node.textValue();
    }

    private static String hex(ObjectNode event, String field) throws Defect {
        String value = text(event, field);
        if (!HEX64.matcher(value).matches()) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "'" + field + "' is not a lower-case SHA-256");
        }
        return value;
    }

    private static Instant instant(ObjectNode event, String field) throws Defect {
        try {
            return Instant.parse(text(event, field));
        } catch (DateTimeException e) {
            throw new Defect(ChainCheck.Problem.UNPARSEABLE, "'" + field + "' is not an ISO-8601 instant");
        }
    }

    private JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = mapper.createObjectNode();
            TreeSet<String> names = new TreeSet<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                sorted.set(name, canonical(object.get(name)));
            }
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = mapper.createArrayNode();
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                copy.add(canonical(it.next()));
            }
            return copy;
        }
        return node;
    }

    private byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
