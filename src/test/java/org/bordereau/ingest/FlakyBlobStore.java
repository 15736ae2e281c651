package org.bordereau.ingest;

import java.io.InputStream;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.StorageUnavailableException;
import org.bordereau.testing.ForwardingBlobStore;

/** A real store whose evidence writes start failing on demand, as a store that goes away mid-request. */
final class FlakyBlobStore extends ForwardingBlobStore {
    private int blobWritesLeft = Integer.MAX_VALUE;

    FlakyBlobStore(BlobStore store) {
        super(store);
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
}
