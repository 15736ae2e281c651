package org.bordereau.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * API keys, stored only as SHA-256 hashes under {@code sys/keys/{hash}.json} (DESIGN.md §3).
 * Lookups are cached briefly so a request costs no storage round trip, yet a key created by the
 * CLI or another instance works at once (a miss reads the store) and a revoked key stops working
 * within {@link #CACHE_TTL}.
 */
public final class ApiKeys {
    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    /** Misses are cached for a short time only, so a flood of bad keys does not flood storage. */
    static final Duration MISS_TTL = Duration.ofSeconds(1);
    private static final int MAX_CACHED = 10_000;
    private static final String PREFIX = "sys/keys/";
    private static final String SECRET_PREFIX = "bdx_";
    private static final Pattern SECRET_SHAPE = Pattern.compile("bdx_[A-Za-z0-9_-]{43}");

    private final BlobStore store;
    private final Clock clock;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(BlobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Creates a key and returns its secret, which is not stored anywhere. */
    public IssuedKey create(String tenant, Role role, String label) {
        if (!Tenants.valid(tenant)) {
            throw new IllegalArgumentException("tenant must be " + Tenants.describe());
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = SECRET_PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ApiKey key = new ApiKey(hash(secret), tenant, role, label == null ? "" : label, clock.instant(), null);
        write(key);
        return new IssuedKey(secret, key);
    }

    /** The principal for a presented secret, or empty when unknown, malformed or revoked. */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !SECRET_SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        String id = hash(secret);
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached == null || now.isAfter(cached.expires())) {
            Optional<ApiKey> loaded = read(id);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cached = new Cached(loaded, now.plus(loaded.isPresent() ? CACHE_TTL : MISS_TTL));
            cache.put(id, cached);
        }
        return cached.key().filter(ApiKey::active)
                .map(k -> new Principal(k.tenant(), k.role(), k.actor()));
    }

    /** Revokes a key of {@code tenant}; false when there is no such key in that tenant. */
    public boolean revoke(String tenant, String id) {
        Optional<ApiKey> key = read(id).filter(k -> k.tenant().equals(tenant) && k.active());
        key.ifPresent(k -> {
            write(new ApiKey(k.id(), k.tenant(), k.role(), k.label(), k.createdAt(), clock.instant()));
            cache.remove(id);
        });
        return key.isPresent();
    }

    public List<ApiKey> list(String tenant) {
        List<ApiKey> keys = new ArrayList<>();
        for (BlobStore.BlobInfo info : store.listAll(PREFIX)) {
            String id = info.key().substring(PREFIX.length()).replace(".json", "");
            read(id).filter(k -> k.tenant().equals(tenant)).ifPresent(keys::add);
        }
        return keys;
    }

    public boolean none() {
        return store.list(PREFIX, null, 1).items().isEmpty();
    }

    private Optional<ApiKey> read(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(store.getBytes(PREFIX + id + ".json"), ApiKey.class));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable key record " + id.substring(0, 12), e);
        }
    }

    private void write(ApiKey key) {
        try {
            store.put(PREFIX + key.id() + ".json", json.writeValueAsBytes(key), "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private record Cached(Optional<ApiKey> key, Instant expires) {}
}
