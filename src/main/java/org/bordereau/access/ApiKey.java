package org.bordereau.access;

import java.time.Instant;

/**
 * The stored record of a key: {@code id} is the hex SHA-256 of the secret; the secret itself is
 * never stored. {@code revokedAt} is null while the key is valid.
 */
public record ApiKey(String id, String tenant, Role role, String label, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** The public part used in logs and event actors: never enough to authenticate. */
    public String actor() {
        return "key:" + id.substring(0, 12);
    }
}
