package org.bordereau.storage;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store (DESIGN.md §3): object {@code a/b/c} is the plain file {@code root/a/b/c}, so
 * the data directory can be inspected and backed up with ordinary tools. Its media type lives in
 * the sidecar {@code root/a/b/.c.type}; dot-names are never keys (see {@link BlobKeys}), so
 * sidecars and temporary files can never be listed or fetched.
 *
 * <p>Every write goes to a temporary file in the target's directory, is flushed to disk, and only
 * then gets its name: by {@code rename(2)} for {@link #put}, by {@code link(2)} for {@link
 * #putIfAbsent}. Both are atomic in the kernel, so readers see the old object or the complete new
 * one, and of several writers racing on one key across threads or processes exactly one creates
 * it. The media type follows the data by a second rename, an instant later.
 *
 * <p>Unlike S3, a key cannot be both an object and the folder of other objects ({@code a/b} and
 * {@code a/b/c}); the layout of DESIGN.md §3 never needs that, and such a write is refused.
 */
public final class FileBlobStore implements BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileBlobStore.class);
    private static final int MAX_PAGE = 1000;
    private static final String TEMP_PREFIX = ".tmp-";

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
        byte[] type = typeBytes(contentType, size);
        Path dir = directoryFor(target);
        Path temp = null;
        Path typeTemp = null;
        try {
            temp = writeTemp(dir, data, size);
            typeTemp = writeTemp(dir, new ByteArrayInputStream(type), type.length);
            requireNotFolder(target);
            Files.move(temp, target, ATOMIC_MOVE); // rename(2): replaces the old object atomically
            Files.move(typeTemp, sidecar(target), ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure("writing", key, e);
        } finally {
            removeLeftovers(temp, typeTemp);
        }
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        Path target = resolve(key);
        byte[] type = typeBytes(contentType, size);
        if (exists(target)) {
            return false; // answers early, without copying what may be a large duplicate upload
        }
        Path dir = directoryFor(target);
        Path temp = null;
        Path typeTemp = null;
        try {
            temp = writeTemp(dir, data, size);
            typeTemp = writeTemp(dir, new ByteArrayInputStream(type), type.length);
            if (!link(target, temp)) {
                return false;
            }
            Files.move(typeTemp, sidecar(target), ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw failure("writing", key, e);
        } finally {
            removeLeftovers(temp, typeTemp);
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

    private static byte[] typeBytes(String contentType, long size) {
        ExactCopy.requireSize(size);
        return ContentTypes.normalize(contentType).getBytes(StandardCharsets.US_ASCII);
    }

    private static Path directoryFor(Path target) {
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw folderConflict();
        } catch (IOException e) {
            throw new StorageUnavailableException("creating the folder " + dir, e);
        }
        return dir;
    }

    /** Writes {@code size} bytes to a new hidden file in {@code dir} and forces them to disk. */
    private static Path writeTemp(Path dir, InputStream data, long size) throws IOException {
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, "");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            ExactCopy.copy(data, out, size);
            // The bytes reach the disk before the name does: after a crash a key holds its old
            // content or its complete new content, never a torn one.
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            removeLeftovers(temp);
            throw e;
        }
        return temp;
    }

    /** Gives {@code temp} the name {@code target} unless that name exists: link(2) is atomic create. */
    private static boolean link(Path target, Path temp) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            requireNotFolder(target);
            return false;
        } catch (UnsupportedOperationException e) {
            throw new StorageUnavailableException(
                    "the data directory's file system has no hard links, which atomic create-if-absent needs", e);
        }
    }

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
            // The data is renamed into place an instant before its type, or the type was lost in a crash.
            return ContentTypes.DEFAULT;
        }
    }

    // Temporary files are invisible to every read, so one left behind costs disk space, not
    // correctness: it is logged rather than allowed to mask the outcome of the write.
    private static void removeLeftovers(Path... temps) {
        for (Path temp : temps) {
            if (temp == null) {
                continue;
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("could not remove the temporary file {}", temp, e);
            }
        }
    }

    private static StorageUnavailableException failure(String action, String key, IOException e) {
        return new StorageUnavailableException(action + " " + key + " failed: " + e, e);
    }
}
