package org.bordereau.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * The first answer to a command sent with an idempotency key, kept so that a retry gets the same
 * answer instead of a second effect (a second letter, a second document). Stored per tenant under
 * {@code t/{tenant}/replays/{sha256(key)}.json} with {@code putIfAbsent}: when two retries race, the
 * first answer written is the one every later retry gets.
 */
public final class Replays {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final BlobStore store;
    private final ObjectMapper json = new ObjectMapper();

    public Replays(BlobStore store) {
        this.store = store;
    }

    /** A recorded answer: the request it answered ({@code scope}, e.g. "POST /v1/cases/X/documents"). */
    public record Answer(String scope, int status, String location, String body) {}

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public Optional<Answer> find(String tenant, String key) {
        try {
            return Optional.of(json.readValue(store.getBytes(path(tenant, key)), Answer.class));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable replay record", e);
        }
    }

    /** Keeps {@code answer} unless another is already kept; returns the one that is kept. */
    public Answer remember(String tenant, String key, Answer answer) {
        try {
            if (store.putIfAbsent(path(tenant, key), json.writeValueAsBytes(answer), "application/json")) {
                return answer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return find(tenant, key).orElse(answer);
    }

    /**
     * The outcome of {@link #claim}: whether the caller may run the command, and the effect id to use;
     * {@code scope} is the request the key is held for (null when unknown).
     */
    public record Claim(boolean won, String effectId, String scope) {}

    /**
     * Claims {@code key} before a command with a lasting effect runs (a letter, a dossier), so that two
     * retries racing on several instances cannot both run it. The claim records {@code effectId}, the
     * id the effect will have. A claim older than {@code staleAfter} without an answer belongs to a
     * request that died: it is taken over with the id it recorded, so the caller can see whether the
     * effect happened (e.g. the letter is on the case) before doing it again.
     */
    public Claim claim(String tenant, String key, String scope, String effectId, java.time.Instant now,
                       java.time.Duration staleAfter) {
        String claimKey = path(tenant, key) + ".claim";
        byte[] body = ("{\"at\":\"" + now + "\",\"id\":" + quote(effectId) + ",\"scope\":" + quote(scope) + "}")
                .getBytes(StandardCharsets.UTF_8);
        if (store.putIfAbsent(claimKey, body, "application/json")) {
            return new Claim(true, effectId, scope);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode held = json.readTree(store.getBytes(claimKey));
            java.time.Instant at = java.time.Instant.parse(held.path("at").asText());
            String heldFor = held.path("scope").asText(null);
            if (heldFor != null && !heldFor.equals(scope)) {
                return new Claim(false, null, heldFor); // the key is another request's: never its answer
            }
            if (at.plus(staleAfter).isBefore(now) && find(tenant, key).isEmpty()) {
                return new Claim(true, held.path("id").asText(effectId), scope);
            }
        } catch (NoSuchBlobException | IOException | java.time.format.DateTimeParseException e) {
            return new Claim(false, null, null); // unreadable or vanished claim: the caller waits for the answer
        }
        return new Claim(false, null, scope);
    }

    private String quote(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String tenant, String key) {
        CaseIds.requireTenant(tenant);
        if (!validKey(key)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 200 visible ASCII characters");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return "t/" + tenant + "/replays/" + HexFormat.of().formatHex(digest) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
