package org.bordereau.ingest;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.StorageUnavailableException;

/** A real store whose evidence writes start failing on demand, as a store that goes away mid-request. */
final class FlakyBlobStore implements BlobStore {
    private final BlobStore store;
    private int blobWritesLeft = Integer.MAX_VALUE;

    FlakyBlobStore(BlobStore store) {
        this.store = store;
    }

    /** After {@code n} more blob writes, every blob write fails until {@link #heal}. */
    void failBlobWritesAfter(int n) {
        blobWritesLeft = n;
    }

    void heal() {
        blobWritesLeft = Integer.MAX_VALUE;
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        if (key.contains("/blobs/") && blobWritesLeft-- <= 0) {
            throw new StorageUnavailableException("test: the store went away", null);
        }
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
