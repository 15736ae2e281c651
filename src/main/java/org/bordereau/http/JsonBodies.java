package org.bordereau.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict JSON request bodies: malformed JSON is a 400 naming line and column; unknown fields and
 * values of the wrong type are all reported together in one 422 (STYLE.md §5).
 */
public final class JsonBodies {
    private static final String UNKNOWN = "bordereau.unknownFields";

    private final ObjectMapper mapper;

    public JsonBodies() {
        this.mapper = newMapper()
                .addHandler(new CollectUnknownFields())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The mapper for responses and events: ISO dates, no nulls. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A body read leniently: unknown fields are skipped and listed, for merging with other errors. */
    public record Parsed<T>(T value, List<Problem.FieldError> unknownFields) {}

    /** The body, refused with 422 if it has any unknown field. */
    public <T> T read(Context ctx, Class<T> type) {
        Parsed<T> parsed = parse(ctx, type);
        if (!parsed.unknownFields().isEmpty()) {
            throw ProblemException.invalid("Unknown field(s): remove them or check their spelling.",
                    parsed.unknownFields());
        }
        return parsed.value();
    }

    /** The body; malformed JSON is a 400, a wrong type a 422, unknown fields are returned. */
    public <T> Parsed<T> parse(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ProblemException.badRequest("The request body is empty: send a JSON object.");
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        T value;
        try {
            value = mapper.readerFor(type).withAttribute(UNKNOWN, unknown).readValue(body);
        } catch (MismatchedInputException e) {
            unknown.add(new Problem.FieldError(pointer(e), "has the wrong type: " + expected(e)));
            throw ProblemException.invalid("The JSON body does not match the expected shape.", unknown);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.badRequest("Malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("The request body could not be read.");
        }
        if (value == null) {
            throw ProblemException.badRequest("The request body is JSON null: send a JSON object.");
        }
        return new Parsed<>(value, List.copyOf(unknown));
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "check the value";
        }
        if (target == String.class) {
            return "expected a string";
        }
        if (target == java.time.LocalDate.class) {
            return "expected a date as YYYY-MM-DD";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "expected true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "expected a number";
        }
        if (List.class.isAssignableFrom(target)) {
            return "expected an array";
        }
        return "expected an object";
    }

    /** Records every unknown property with its path, skips its value, and lets parsing go on. */
    private static final class CollectUnknownFields extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            @SuppressWarnings("unchecked")
            List<Problem.FieldError> unknown = (List<Problem.FieldError>) ctxt.getAttribute(UNKNOWN);
            if (unknown != null) {
                String parent = parentPath(p);
                String field = parent.isEmpty() ? propertyName : parent + "." + propertyName;
                unknown.add(new Problem.FieldError(field, "is not a known field"));
            }
            p.skipChildren();
            return true;
        }

        private static String parentPath(JsonParser p) {
            List<String> names = new ArrayList<>();
            com.fasterxml.jackson.core.JsonStreamContext ctx = p.getParsingContext().getParent();
            while (ctx != null && !ctx.inRoot()) {
                if (ctx.inObject() && ctx.getCurrentName() != null) {
                    names.add(0, ctx.getCurrentName());
                } else if (ctx.inArray()) {
                    names.add(0, "[" + ctx.getCurrentIndex() + "]");
                }
                ctx = ctx.getParent();
            }
            return String.join(".", names).replace(".[", "[");
        }
    }

}
