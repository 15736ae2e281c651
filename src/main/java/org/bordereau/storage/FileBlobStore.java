package org.bordereau.storage;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The embedded store (DESIGN.md §3): object {@code a/b/c} is the plain file {@code root/a/b/c}, so
 * the data directory can be inspected and backed up with ordinary tools. Its media type lives in
 * the sidecar {@code root/a/b/.c.type}, unless it is the type the name implies ({@code application/json}
 * for {@code *.json}: events, indexes and settings go without one); dot-names are never keys (see
 * {@link BlobKeys}), so sidecars and temporary files can never be listed or fetched.
 *
 * <p>Every write goes to a temporary file in the target's directory, is flushed to disk, and only
 * then gets its name: by {@code rename(2)} for {@link #put}, by {@code link(2)} for {@link
 * #putIfAbsent}. Both are atomic in the kernel, so readers see the old object or the complete new
 * one, and of several writers racing on one key across threads or processes exactly one creates
 * it. The media type follows the data by a second rename, an instant later, and is not forced to
 * disk: after a crash it may read as {@code application/octet-stream} (or, for a replaced object,
 * as the old type). A process killed mid-write leaves its temporary file behind, invisible to
 * every read, until {@link #removeAbandonedWrites} deletes it.
 *
 * <p>Unlike S3, a key cannot be both an object and the folder of other objects ({@code a/b} and
 * {@code a/b/c}); the layout of DESIGN.md §3 never needs that, and such a write is refused.
 */
public final class FileBlobStore implements BlobStore {
    private static final int MAX_PAGE = 1000;

    private final Path root;
    private final FileListing listing;
    private final PresignedLinks links;

    /** A store without download links: {@link #presignGet} is refused. */
    public FileBlobStore(Path root) {
        this(root, null);
    }

    /** A store whose {@link #presignGet} hands out {@code links} URLs (served by the HTTP layer). */
    public FileBlobStore(Path root, PresignedLinks links) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot open the data directory " + root, e);
        }
        this.listing = new FileListing(this.root);
        this.links = links;
    }

    @Override
    public void put(String key, InputStream data, long size, String contentType) {
        Path target = resolve(key);
        byte[] type = typeBytes(contentType, size, target);
        Path dir = directoryFor(target);
        Path temp = null;
        Path typeTemp = null;
        try {
            temp = AtomicFiles.writeTemp(dir, data, size);
            typeTemp = typeTemp(dir, type);
            requireNotFolder(target);
            Files.move(temp, target, ATOMIC_MOVE); // rename(2): replaces the old object atomically
            nameType(typeTemp, target);
            AtomicFiles.syncDirectory(dir);
        } catch (IOException e) {
            throw failure("writing", key, e);
        } finally {
            AtomicFiles.remove(temp, typeTemp);
        }
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        Path target = resolve(key);
        byte[] type = typeBytes(contentType, size, target);
        if (exists(target)) {
            return false; // answers early, without copying what may be a large duplicate upload
        }
        Path dir = directoryFor(target);
        Path temp = null;
        Path typeTemp = null;
        try {
            temp = AtomicFiles.writeTemp(dir, data, size);
            typeTemp = typeTemp(dir, type);
            if (!AtomicFiles.linkIfAbsent(target, temp)) {
                requireNotFolder(target);
                return false;
            }
            AtomicFiles.syncDirectory(dir);
            nameType(typeTemp, target);
            return true;
        } catch (IOException e) {
            throw failure("writing", key, e);
        } finally {
            AtomicFiles.remove(temp, typeTemp);
        }
    }

    @Override
    public InputStream get(String key) throws NoSuchBlobException {
        Path path = resolve(key);
        try {
            if (!Files.isRegularFile(path, NOFOLLOW_LINKS)) {
                throw new NoSuchBlobException(key);
            }
            return Files.newInputStream(path, NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchBlobException(key);
        } catch (IOException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        Path path = resolve(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new BlobInfo(key, attributes.size(), readType(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public ListPage list(String prefix, String startAfter, int limit) {
        BlobKeys.requirePrefix(prefix);
        if (startAfter != null) {
            BlobKeys.requirePrefix(startAfter);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        try {
            return listing.page(prefix, startAfter, Math.min(limit, MAX_PAGE));
        } catch (IOException e) {
            throw failure("listing", prefix, e);
        }
    }

    @Override
    public List<String> children(String prefix) {
        BlobKeys.requireFolder(prefix);
        try {
            return listing.children(prefix);
        } catch (IOException e) {
            throw failure("listing", prefix, e);
        }
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        try {
            if (Files.isRegularFile(path, NOFOLLOW_LINKS)) {
                Files.deleteIfExists(path);
                Files.deleteIfExists(sidecar(path));
            }
        } catch (IOException e) {
            throw failure("deleting", key, e);
        }
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        BlobKeys.requireKey(key);
        if (links == null) {
            throw new IllegalStateException("this file store was built without PresignedLinks, so it cannot hand out links");
        }
        return links.create(key, ttl);
    }

    /**
     * Deletes the hidden temporary files ({@code .tmp-*}) that writes killed before naming them left
     * anywhere in the data directory, if last modified before {@code cutoff}; younger ones may be
     * the writes in progress of another instance sharing the directory. Objects and sidecars are
     * never touched: no key and no sidecar name starts with {@code .tmp-}.
     */
    @Override
    public Leftovers.Removed removeAbandonedWrites(Instant cutoff) {
        return Leftovers.filesNamed(root, AtomicFiles.TEMP_PREFIX, cutoff);
    }

    @Override
    public void ping() {
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new StorageUnavailableException("the data directory is not a writable directory: " + root, null);
        }
    }

    /** {@code relative} ("" or a validated key or folder) resolved under {@code root}, and proven to stay there. */
    static Path under(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        // BlobKeys already refuses '..' and absolute keys; this is the second lock on the same door.
        if (!path.startsWith(root)) {
            throw new InvalidKeyException("invalid storage key: it resolves outside the data directory");
        }
        return path;
    }

    private Path resolve(String key) {
        Path path = under(root, BlobKeys.requireKey(key));
        if (path.equals(root)) {
            throw new InvalidKeyException("invalid storage key: it resolves to the data directory itself");
        }
        return path;
    }

    /** The sidecar's content, or null when the name implies the type. */
    private static byte[] typeBytes(String contentType, long size, Path target) {
        ExactCopy.requireSize(size);
        String type = ContentTypes.normalize(contentType);
        return type.equals(ContentTypes.impliedBy(target.getFileName().toString())) ? null
                : type.getBytes(StandardCharsets.US_ASCII);
    }

    private static Path typeTemp(Path dir, byte[] type) throws IOException {
        // not forced to disk: a sidecar lost or emptied by a crash reads as the default type, and the
        // media type of evidence is also in the case's events; one fsync per object instead of two
        return type == null ? null : AtomicFiles.writeTemp(dir, new ByteArrayInputStream(type), type.length, false);
    }

    /** Gives the type its sidecar name, or removes a sidecar left by an earlier object of another type. */
    private static void nameType(Path typeTemp, Path target) throws IOException {
        if (typeTemp != null) {
            Files.move(typeTemp, sidecar(target), ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(sidecar(target));
        }
    }

    private static Path directoryFor(Path target) {
        Path dir = target.getParent();
        Path existing = dir;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        try {
            Files.createDirectories(dir);
            // the folders just made are names in their parents too (a new case's events folder)
            for (Path made = dir; existing != null && !made.equals(existing); made = made.getParent()) {
                AtomicFiles.syncDirectory(made.getParent());
            }
        } catch (FileAlreadyExistsException e) {
            throw folderConflict();
        } catch (IOException e) {
            throw new StorageUnavailableException("creating the folder " + dir, e);
        }
        return dir;
    }

    /** Whether an object is at {@code target}; a folder there is a conflict, not an answer. */
    private static boolean exists(Path target) {
        if (Files.isDirectory(target, NOFOLLOW_LINKS)) {
            throw folderConflict();
        }
        return Files.exists(target, NOFOLLOW_LINKS);
    }

    private static void requireNotFolder(Path target) {
        if (Files.isDirectory(target, NOFOLLOW_LINKS)) {
            throw folderConflict();
        }
    }

    private static InvalidKeyException folderConflict() {
        return new InvalidKeyException(
                "storage key conflicts with an existing object or folder: the file store cannot hold both a/b and a/b/c");
    }

    private static Path sidecar(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".type");
    }

    private static String readType(Path path) throws IOException {
        try {
            String type = Files.readString(sidecar(path), StandardCharsets.US_ASCII).trim();
            return type.isEmpty() ? ContentTypes.DEFAULT : type;
        } catch (NoSuchFileException e) {
            // The name implies the type, or the data is renamed into place an instant before its type,
            // or the type was lost in a crash.
            return ContentTypes.impliedBy(path.getFileName().toString());
        }
    }

    private static StorageUnavailableException failure(String action, String key, IOException e) {
        return new StorageUnavailableException(action + " " + key + " failed: " + e, e);
    }
}
