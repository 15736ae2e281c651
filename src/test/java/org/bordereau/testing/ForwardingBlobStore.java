package org.bordereau.testing;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bordereau.storage.BlobStore;

/**
 * A real store passed through, for tests that change one operation (count it, make it fail). Evidence
 * writes go through {@link #putIfAbsent} (the interface's default), so overriding that one covers both.
 */
public abstract class ForwardingBlobStore implements BlobStore {
    protected final BlobStore store;

    protected ForwardingBlobStore(BlobStore store) {
        this.store = store;
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        return store.putIfAbsent(key, data, size, contentType);
    }

    @Override
    public void put(String key, InputStream data, long size, String contentType) {
        store.put(key, data, size, contentType);
    }

    @Override
    public InputStream get(String key) {
        return store.get(key);
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        return store.head(key);
    }

    @Override
    public ListPage list(String prefix, String startAfter, int limit) {
        return store.list(prefix, startAfter, limit);
    }

    @Override
    public List<String> children(String prefix) {
        return store.children(prefix);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        return store.presignGet(key, ttl);
    }

    @Override
    public void ping() {
        store.ping();
    }
}
