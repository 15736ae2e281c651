package org.bordereau.cases;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/** A real store, counting the conditional writes it refused: proof that a race really happened. */
final class CountingStore implements BlobStore {
    private final BlobStore store;
    private final AtomicInteger refusedWrites;

    CountingStore(BlobStore store, AtomicInteger refusedWrites) {
        this.store = store;
        this.refusedWrites = refusedWrites;
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        boolean written = store.putIfAbsent(key, data, size, contentType);
        if (!written) {
            refusedWrites.incrementAndGet();
        }
        return written;
    }

    @Override
    public void put(String key, InputStream data, long size, String contentType) {
        store.put(key, data, size, contentType);
    }

    @Override
    public InputStream get(String key) throws NoSuchBlobException {
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
