package org.bordereau.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Object storage, the system of record (DESIGN.md §3). Keys are '/'-separated relative paths;
 * a key that tries to leave its prefix is refused with {@link InvalidKeyException}.
 * Storage that cannot be reached raises {@link StorageUnavailableException}.
 */
public interface BlobStore {

    /** Writes or replaces {@code key}. {@code size} must be exact: S3 needs it for a single-part PUT. */
    void put(String key, InputStream data, long size, String contentType);

    /**
     * Writes {@code key} only if no object exists there. Returns {@code false} (and writes nothing)
     * when one does: this is the optimistic-concurrency primitive of the event log.
     */
    boolean putIfAbsent(String key, InputStream data, long size, String contentType);

    /**
     * {@link #putIfAbsent} for evidence: where the store supports it (S3 object lock enabled on the
     * bucket and {@link EvidenceRetention} configured), the object is also locked against deletion
     * and overwrite for the retention period. Elsewhere it is exactly {@link #putIfAbsent}.
     */
    default boolean putEvidenceIfAbsent(String key, InputStream data, long size, String contentType) {
        return putIfAbsent(key, data, size, contentType);
    }

    /** Opens the object for streaming; the caller closes the stream. */
    InputStream get(String key) throws NoSuchBlobException;

    Optional<BlobInfo> head(String key);

    /**
     * Keys under {@code prefix} in lexicographic order, after {@code startAfter} (null: from the start),
     * at most {@code min(limit, 1000)} of them. {@code prefix} is a plain string prefix: {@code "t/a"}
     * also matches {@code t/ab/...}; end it with '/' to list one folder. Listed {@link BlobInfo}s carry
     * the key and size; their {@code contentType} is null (S3 listings do not return it): use {@link #head}.
     */
    ListPage list(String prefix, String startAfter, int limit);

    /**
     * The names of the immediate "folders" below {@code prefix} ("" or ending with '/') that hold at
     * least one object, in S3's order (by name followed by '/': {@code x.y} before {@code x}).
     */
    List<String> children(String prefix);

    /** Deletes the object if present. Never used on evidence blobs. */
    void delete(String key);

    /** A URL anyone can GET for {@code ttl} to download the object. */
    URI presignGet(String key, Duration ttl);

    /** A cheap round trip proving the store answers (for /ready). */
    void ping();

    /**
     * Removes what writes interrupted by a crash left in the store, if older than {@code cutoff}
     * (a younger one may be another instance's write in progress), and says how much. Nothing by
     * default: an interrupted S3 PUT leaves no object ({@link S3BlobStore} sends every object as one
     * PUT, never as a multipart upload); parts other clients abandon in the bucket are for its
     * lifecycle rule ({@code AbortIncompleteMultipartUpload}).
     */
    default Leftovers.Removed removeAbandonedWrites(Instant cutoff) {
        return Leftovers.Removed.NONE;
    }

    default void put(String key, byte[] data, String contentType) {
        put(key, new ByteArrayInputStream(data), data.length, contentType);
    }

    default boolean putIfAbsent(String key, byte[] data, String contentType) {
        return putIfAbsent(key, new ByteArrayInputStream(data), data.length, contentType);
    }

    default boolean putIfAbsent(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            return putIfAbsent(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    default boolean putEvidenceIfAbsent(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            return putEvidenceIfAbsent(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    default byte[] getBytes(String key) throws NoSuchBlobException {
        try (InputStream in = get(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StorageUnavailableException("reading " + key, e);
        }
    }

    /** Every key under {@code prefix}, following pages. */
    default List<BlobInfo> listAll(String prefix) {
        List<BlobInfo> all = new ArrayList<>();
        forEach(prefix, all::add);
        return all;
    }

    /** Every key under {@code prefix}, page by page, none kept: for listings too large to hold. */
    default void forEach(String prefix, Consumer<BlobInfo> each) {
        String after = null;
        do {
            ListPage page = list(prefix, after, 1000);
            page.items().forEach(each);
            after = page.nextStartAfter();
        } while (after != null);
    }

    record BlobInfo(String key, long size, String contentType) {}

    /** One page of a listing; {@code nextStartAfter} is null on the last page. */
    record ListPage(List<BlobInfo> items, String nextStartAfter) {}
}
