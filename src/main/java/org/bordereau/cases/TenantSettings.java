package org.bordereau.cases;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * A tenant's settings documents, one JSON object per name, at {@code t/{tenant}/settings/{name}.json}
 * (e.g. {@code follow-up}). This class only stores bytes; what a document means and how it is checked
 * belongs to its owner ({@code rules.FollowUpSettings}). Settings are not evidence: a write replaces
 * the previous document, the last writer wins.
 */
public final class TenantSettings {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,40}");
    private static final String JSON = "application/json";

    private final BlobStore store;

    public TenantSettings(BlobStore store) {
        this.store = store;
    }

    /** The stored document, or empty when the tenant has none. */
    public Optional<byte[]> read(String tenant, String name) {
        try {
            return Optional.of(store.getBytes(CaseKeys.settings(tenant, requireName(name))));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code json} as the tenant's document {@code name}, replacing any previous one. */
    public void write(String tenant, String name, byte[] json) {
        store.put(CaseKeys.settings(tenant, requireName(name)), json, JSON);
    }

    private static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a settings name is lower-case letters and dashes: " + name);
        }
        return name;
    }
}
