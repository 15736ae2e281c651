package org.bordereau.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload on local disk, with the SHA-256 (lower-case hex) and size of exactly the bytes that were
 * received. Closing deletes the file: use it in try-with-resources so that a failure anywhere still
 * leaves nothing behind.
 */
public record StagedFile(Path path, String sha256, long size) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StagedFile.class);

    @Override
    public void close() {
        delete(path);
    }

    /**
     * Deletes a temporary file. A failure is logged, not thrown: it happens in finally blocks, where
     * throwing would hide the error that is on its way out, and the file is in our temp folder only.
     */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete temporary file {}", file, e);
        }
    }
}
