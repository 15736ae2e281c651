package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams a body to a temporary file while hashing and counting it (DESIGN.md §7: the heap stays flat
 * for any size). The size limit is enforced while reading, so an over-long body costs at most
 * {@code maxBytes} of disk and is refused the moment it crosses the line, not after it has all arrived.
 */
public final class Staging {
    private static final int BUFFER = 64 * 1024;

    private final Path tempDir;
    private final long maxBytes;

    public Staging(Path tempDir, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        this.tempDir = tempDir;
        this.maxBytes = maxBytes;
    }

    /**
     * Copies {@code body} to a new temporary file. Does not close {@code body}.
     *
     * @throws DocumentRejectedException EMPTY for no bytes, TOO_LARGE past {@code maxBytes}; the
     *                                   temporary file is deleted before either is thrown
     * @throws UncheckedIOException      when reading the body or writing the disk fails
     */
    public StagedFile stage(InputStream body) {
        Path file = createTempFile();
        boolean kept = false;
        try {
            StagedFile staged = copy(body, file);
            kept = true;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("staging an upload failed", e);
        } finally {
            if (!kept) {
                StagedFile.delete(file);
            }
        }
    }

    private StagedFile copy(InputStream body, Path file) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY,
                    "The file is empty (0 bytes). Send the document's content.");
        }
        return new StagedFile(file, HexFormat.of().formatHex(sha256.digest()), size);
    }

    private DocumentRejectedException tooLarge() {
        return new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                "The file is larger than the limit of " + describe(maxBytes) + ". Split or compress it.");
    }

    private Path createTempFile() {
        try {
            // Files.createTempFile makes it readable by the owner only (rw-------) on POSIX systems.
            return Files.createTempFile(tempDir, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + tempDir, e);
        }
    }

    static String describe(long bytes) {
        long mib = 1024L * 1024L;
        return bytes % mib == 0 ? bytes / mib + " MB" : bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
