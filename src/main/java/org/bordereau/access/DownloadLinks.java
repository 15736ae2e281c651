package org.bordereau.access;

import java.io.InputStream;
import java.util.Optional;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;
import org.bordereau.storage.PresignedLinks;

/**
 * Resolves the time-limited download links of the filesystem store ({@code /v1/links/{token}}),
 * the local equivalent of an S3 presigned URL. With S3 the links point at S3 itself and this is
 * never reached.
 */
public final class DownloadLinks {
    private final BlobStore store;
    private final PresignedLinks links; // null when the store presigns by itself (S3)

    public DownloadLinks(BlobStore store, PresignedLinks links) {
        this.store = store;
        this.links = links;
    }

    /** An open download for a valid, unexpired token; empty for anything else. */
    public Optional<Download> open(String token) {
        if (links == null) {
            return Optional.empty();
        }
        return links.verify(token).flatMap(key -> store.head(key).flatMap(info -> {
            try {
                return Optional.of(new Download(store.get(key), info.size(), info.contentType()));
            } catch (NoSuchBlobException gone) {
                return Optional.empty();
            }
        }));
    }

    /** The bytes of one object; the caller closes {@code content}. */
    public record Download(InputStream content, long size, String contentType) {}
}
