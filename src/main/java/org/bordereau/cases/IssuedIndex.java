package org.bordereau.cases;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * Which of a tenant's cases issued the PDF with a given SHA-256: {@code t/{tenant}/issued/{sha256}.json},
 * written once when a letter or dossier is published. {@code POST /v1/verify} answers "issued by us"
 * from it without scanning cases, and only within the caller's tenant.
 */
public final class IssuedIndex {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * {@code output} is {@code letter} or {@code dossier}; {@code issuedAt} is when its publication began
     * (a letter's index entry is written beside its event, so it may precede the event's time by a few ms).
     */
    public record Entry(String caseId, String reference, String output, String outputId, Instant issuedAt) {}

    private final BlobStore store;
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public IssuedIndex(BlobStore store) {
        this.store = store;
    }

    /** Records that {@code sha256} was issued; the first record of a hash stays (same bytes, same origin). */
    public void record(String tenant, String sha256, Entry entry) {
        try {
            store.putIfAbsent(CaseKeys.issued(tenant, requireHash(sha256)), mapper.writeValueAsBytes(entry),
                    "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the record of {@code sha256}: for a publication that failed after the index was written. */
    public void forget(String tenant, String sha256) {
        store.delete(CaseKeys.issued(tenant, requireHash(sha256)));
    }

    public Optional<Entry> find(String tenant, String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(store.getBytes(CaseKeys.issued(tenant, sha256)), Entry.class));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable issued-index entry " + sha256 + " of tenant " + tenant, e);
        }
    }

    private static String requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return sha256;
    }
}
