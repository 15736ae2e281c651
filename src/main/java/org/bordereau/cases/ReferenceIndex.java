package org.bordereau.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * One case per reference within a tenant, enforced by the store rather than by a list that may be
 * seconds old: {@code t/{tenant}/case-refs/{sha256 of the normalized reference}.json} holds the case
 * id, written with {@code putIfAbsent}. The hash keeps whatever the reference contains out of the key.
 */
final class ReferenceIndex {
    private static final String JSON = "application/json";

    private final BlobStore store;
    private final ObjectMapper mapper = new ObjectMapper();

    ReferenceIndex(BlobStore store) {
        this.store = store;
    }

    /** The case id the reference is bound to, if any. */
    Optional<String> lookup(String tenant, String reference) {
        try {
            JsonNode node = mapper.readTree(store.getBytes(key(tenant, reference)));
            return CaseIds.parseCaseId(node.path("caseId").asText(null));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable reference index entry for tenant " + tenant, e);
        }
    }

    /** Binds the reference to {@code caseId} unless it is bound already; returns the bound id. */
    String claim(String tenant, String reference, String caseId) {
        byte[] entry = ("{\"caseId\":\"" + CaseIds.requireCaseId(caseId) + "\"}").getBytes(StandardCharsets.UTF_8);
        if (store.putIfAbsent(key(tenant, reference), entry, JSON)) {
            return caseId;
        }
        return lookup(tenant, reference).orElseThrow(
                () -> new IllegalStateException("reference index entry vanished for tenant " + tenant));
    }

    private static String key(String tenant, String reference) {
        byte[] normalized = NewCaseValidator.referenceKey(reference).getBytes(StandardCharsets.UTF_8);
        return CaseKeys.reference(tenant, EventCodec.sha256(normalized));
    }
}
