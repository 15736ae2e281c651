package org.bordereau.cases;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.bordereau.storage.BlobStore;
import org.bordereau.testing.ForwardingBlobStore;

/** A real store, counting the conditional writes it refused: proof that a race really happened. */
final class CountingStore extends ForwardingBlobStore {
    private final AtomicInteger refusedWrites;

    CountingStore(BlobStore store, AtomicInteger refusedWrites) {
        super(store);
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
}
