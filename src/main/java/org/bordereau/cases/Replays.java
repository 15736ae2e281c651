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
