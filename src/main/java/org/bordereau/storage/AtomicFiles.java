package org.bordereau.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-system primitives {@link FileBlobStore} builds its atomic writes from: a hidden
 * temporary file flushed to disk, then a name given in one system call.
 */
final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    /** Starts with a dot, which no key segment may: temporary files can never be read as objects. */
    static final String TEMP_PREFIX = ".tmp-";

    private AtomicFiles() {}

    /** Writes exactly {@code size} bytes to a new hidden file in {@code dir} and forces them to disk. */
    static Path writeTemp(Path dir, InputStream data, long size) throws IOException {
        return writeTemp(dir, data, size, true);
    }

    /**
     * As {@link #writeTemp(Path, InputStream, long)}; {@code force} false leaves the flush to the
     * kernel, for what a crash may lose or leave empty without harm (a sidecar's media type, which
     * reads as the default when missing or empty).
     */
    static Path writeTemp(Path dir, InputStream data, long size, boolean force) throws IOException {
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, "");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            ExactCopy.copy(data, out, size);
            // The bytes reach the disk before the name does: after a crash a key holds its old
            // content or its complete new content, never a torn one.
            if (force) {
                channel.force(true);
            }
        } catch (IOException | RuntimeException e) {
            remove(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Forces {@code dir}'s entries (names made or changed in it) to disk: the file's bytes were forced,
     * but after a power loss a name not yet written to its folder is gone, and with it an event a client
     * was told was recorded. POSIX only; where a folder cannot be opened (Windows) this does nothing.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the rename itself is what durability there can offer
        }
    }

    /**
     * Gives {@code temp}'s content the name {@code target} unless that name exists. link(2) fails
     * with EEXIST in one step, so of any number of threads or processes exactly one succeeds; a
     * move without REPLACE_EXISTING would check and then rename, which two writers can both pass.
     */
    static boolean linkIfAbsent(Path target, Path temp) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            throw new StorageUnavailableException(
                    "the data directory's file system has no hard links, which atomic create-if-absent needs", e);
        }
    }

    /**
     * Deletes temporary files that are still there. One left behind is invisible to every read and
     * costs disk space, not correctness, so a failure is logged rather than allowed to mask the
     * outcome of the write.
     */
    static void remove(Path... temps) {
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
}
