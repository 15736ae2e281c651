package org.bordereau.storage;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.MinioException;
import io.minio.messages.Retention;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An object body ready for one single-part PUT, and for sending again if S3 asks for a retry.
 *
 * <p>Why not hand the caller's stream to {@code putObject}: MinIO client 9 reads a stream's whole
 * part into a heap buffer before sending it, so a 200 MB stream would cost 200 MB of heap; and a
 * stream of unknown or large size makes it switch to multipart, which silently drops {@code
 * If-None-Match} (DESIGN.md §8). So small bodies are read into memory and large ones are spooled
 * to a file, which the client sends straight from disk ({@code uploadObject}) as one part.
 */
final class S3Payload implements AutoCloseable {
    /** Bodies up to this size are held in memory; larger ones are spooled to disk. */
    static final int IN_MEMORY_LIMIT = 8 * 1024 * 1024;
    /** The largest single PUT S3 accepts; a larger object would need multipart. */
    static final long MAX_SIZE = 5L * 1024 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(S3Payload.class);

    private final byte[] bytes;
    private final Path file;
    private final boolean spooled;

    private S3Payload(byte[] bytes, Path file, boolean spooled) {
        this.bytes = bytes;
        this.file = file;
        this.spooled = spooled;
    }

    static void requireSize(long size) {
        ExactCopy.requireSize(size);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("an object holds at most 5 GiB (one S3 PUT)");
        }
    }

    /** Takes exactly {@code size} bytes from {@code data}, into memory or into {@code spoolDir}. */
    static S3Payload read(InputStream data, long size, Path spoolDir) {
        requireSize(size);
        if (size <= IN_MEMORY_LIMIT) {
            return new S3Payload(ExactCopy.readExactly(data, (int) size), null, false);
        }
        Path spool = createSpool(spoolDir);
        try (OutputStream out = Files.newOutputStream(spool)) {
            ExactCopy.copy(data, out, size);
        } catch (IOException e) {
            delete(spool);
            throw new StorageUnavailableException("spooling an upload to " + spoolDir + " failed: " + e, e);
        } catch (RuntimeException e) {
            delete(spool);
            throw e;
        }
        return new S3Payload(null, spool, true);
    }

    /** The caller's own file, sent as it is and left in place. */
    static S3Payload ofFile(Path file) {
        return new S3Payload(null, file, false);
    }

    void send(MinioClient client, String bucket, String key, String type, Map<String, String> headers,
            Retention retention) throws MinioException {
        if (bytes != null) {
            PutObjectArgs.Builder args = PutObjectArgs.builder().bucket(bucket).object(key)
                    .data(bytes, bytes.length).contentType(type).headers(headers);
            PutObjectArgs put = (retention == null ? args : args.retention(retention)).build();
            S3Failures.call(() -> client.putObject(put));
        } else {
            // A part size of 5 GiB makes any object up to MAX_SIZE exactly one part: a plain PUT.
            UploadObjectArgs.Builder args = UploadObjectArgs.builder().bucket(bucket).object(key)
                    .filename(file.toString(), MAX_SIZE).contentType(type).headers(headers);
            UploadObjectArgs upload = (retention == null ? args : args.retention(retention)).build();
            S3Failures.call(() -> client.uploadObject(upload));
        }
    }

    @Override
    public void close() {
        if (spooled) {
            delete(file);
        }
    }

    private static Path createSpool(Path spoolDir) {
        try {
            return Files.createTempFile(spoolDir, "bordereau-upload-", ".part");
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot create a spool file in " + spoolDir + ": " + e, e);
        }
    }

    // A spool file left behind wastes disk space but changes nothing stored: logged, never fatal.
    private static void delete(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            LOG.warn("could not remove the spool file {}", spool, e);
        }
    }
}
