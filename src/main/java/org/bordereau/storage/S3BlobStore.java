package org.bordereau.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;
import io.minio.messages.Retention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bucket store (DESIGN.md §3) on the MinIO Java client, for MinIO or any S3.
 *
 * <p>Every object is written by one single-part PUT (see {@link S3Payload}): {@code putIfAbsent}
 * sends {@code If-None-Match: *} and reads 412 as "someone else wrote it first", which is what
 * lets several service instances share one bucket. Reads stream straight from the connection.
 * Anything that keeps S3 from answering (refused or timed-out connections, 5xx, a missing bucket,
 * refused credentials) is a {@link StorageUnavailableException}; an unreachable S3 fails within
 * the 2-second connect timeout instead of hanging a request.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    private static final long CONNECT_TIMEOUT_MS = 2_000;
    private static final long TRANSFER_TIMEOUT_MS = 60_000;
    // S3 answers 409 ConditionalRequestConflict while another conditional write to the key is in
    // flight; its outcome is unknown, so neither true nor false would be honest yet: ask again.
    private static final int CONFLICT_ATTEMPTS = 4;

    private final S3Settings settings;
    private final String bucket;
    private final MinioClient client;
    private final MinioClient presigner;
    private final S3Listing listing;
    private final S3ObjectLock objectLock;

    public S3BlobStore(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        this(S3Settings.of(endpoint, region, bucket, accessKey, secretKey));
    }

    /** As above, with presigned URLs signed for {@code publicEndpoint} (null or blank: {@code endpoint}). */
    public S3BlobStore(String endpoint, String publicEndpoint, String region, String bucket, String accessKey,
            String secretKey) {
        this(S3Settings.of(endpoint, region, bucket, accessKey, secretKey).withPublicEndpoint(publicEndpoint));
    }

    public S3BlobStore(S3Settings settings) {
        this.settings = settings;
        this.bucket = settings.bucket();
        this.client = newClient(settings.endpoint(), settings);
        // Presigning is local computation when the region is fixed: this client never connects.
        this.presigner = settings.publicEndpoint().equals(settings.endpoint())
                ? client
                : newClient(settings.publicEndpoint(), settings);
        this.listing = new S3Listing(client, bucket);
        this.objectLock = new S3ObjectLock(client, bucket, settings.evidenceRetention(), Clock.systemUTC());
    }

    private static MinioClient newClient(String endpoint, S3Settings settings) {
        MinioClient client = MinioClient.builder()
                .endpoint(endpoint)
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
        client.setTimeout(CONNECT_TIMEOUT_MS, TRANSFER_TIMEOUT_MS, TRANSFER_TIMEOUT_MS);
        return client;
    }

    @Override
    public void put(String key, InputStream data, long size, String contentType) {
        write(key, data, size, contentType, false, false);
    }

    @Override
    public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
        return write(key, data, size, contentType, true, false);
    }

    @Override
    public boolean putEvidenceIfAbsent(String key, InputStream data, long size, String contentType) {
        return write(key, data, size, contentType, true, true);
    }

    /** Sends a large file straight from where it is, without a second copy in the spool directory. */
    @Override
    public boolean putIfAbsent(String key, Path file, String contentType) {
        return writeFile(key, file, contentType, false);
    }

    @Override
    public boolean putEvidenceIfAbsent(String key, Path file, String contentType) {
        return writeFile(key, file, contentType, true);
    }

    private boolean writeFile(String key, Path file, String contentType, boolean evidence) {
        BlobKeys.requireKey(key);
        String type = ContentTypes.normalize(contentType);
        long size = sizeOf(file);
        if (size <= S3Payload.IN_MEMORY_LIMIT) {
            return evidence
                    ? BlobStore.super.putEvidenceIfAbsent(key, file, contentType)
                    : BlobStore.super.putIfAbsent(key, file, contentType);
        }
        S3Payload.requireSize(size);
        Retention retention = evidence ? objectLock.forNewEvidence() : null;
        return !exists(key) && send(key, S3Payload.ofFile(file), type, true, retention);
    }

    private boolean write(String key, InputStream data, long size, String contentType, boolean ifAbsent,
            boolean evidence) {
        BlobKeys.requireKey(key);
        String type = ContentTypes.normalize(contentType);
        S3Payload.requireSize(size);
        Retention retention = evidence ? objectLock.forNewEvidence() : null;
        if (ifAbsent && size > S3Payload.IN_MEMORY_LIMIT && exists(key)) {
            return false; // answers early, without uploading what may be a large duplicate
        }
        try (S3Payload payload = S3Payload.read(data, size, settings.spoolDir())) {
            return send(key, payload, type, ifAbsent, retention);
        }
    }

    private boolean send(String key, S3Payload payload, String type, boolean ifAbsent, Retention retention) {
        Map<String, String> headers = ifAbsent ? Map.of("If-None-Match", "*") : Map.of();
        for (int attempt = 1; ; attempt++) {
            try {
                payload.send(client, bucket, key, type, headers, retention);
                return true;
            } catch (MinioException e) {
                int status = S3Failures.status(e);
                if (ifAbsent && status == 412) {
                    return false;
                }
                if (status != 409 || attempt == CONFLICT_ATTEMPTS) {
                    throw S3Failures.unavailable("PUT", key, e);
                }
                pause(50L << attempt, key);
            }
        }
    }

    @Override
    public InputStream get(String key) throws NoSuchBlobException {
        BlobKeys.requireKey(key);
        try {
            return S3Failures.call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
        } catch (MinioException e) {
            if (S3Failures.isMissingObject(e)) {
                throw new NoSuchBlobException(key);
            }
            throw S3Failures.unavailable("GET", key, e);
        }
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        BlobKeys.requireKey(key);
        try {
            StatObjectResponse stat = S3Failures.call(
                    () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()));
            String type = stat.contentType() == null ? ContentTypes.DEFAULT : stat.contentType();
            return Optional.of(new BlobInfo(key, stat.size(), type));
        } catch (MinioException e) {
            if (S3Failures.isMissingObject(e)) {
                return Optional.empty();
            }
            throw S3Failures.unavailable("HEAD", key, e);
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
        return listing.page(prefix, startAfter, Math.min(limit, S3Listing.MAX_PAGE));
    }

    @Override
    public List<String> children(String prefix) {
        return listing.children(BlobKeys.requireFolder(prefix));
    }

    @Override
    public void delete(String key) {
        BlobKeys.requireKey(key);
        try {
            RemoveObjectArgs args = RemoveObjectArgs.builder().bucket(bucket).object(key).build();
            S3Failures.call(() -> {
                client.removeObject(args);
                return null;
            });
        } catch (MinioException e) {
            throw S3Failures.unavailable("DELETE", key, e);
        }
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        BlobKeys.requireKey(key);
        PresignedLinks.requireTtl(ttl);
        try {
            return URI.create(presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Http.Method.GET).bucket(bucket).object(key).expiry((int) ttl.toSeconds()).build()));
        } catch (MinioException e) {
            throw S3Failures.unavailable("presigning", key, e);
        }
    }

    @Override
    public void ping() {
        boolean exists;
        try {
            exists = S3Failures.call(() -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
        } catch (MinioException e) {
            throw S3Failures.unavailable("HEAD bucket", bucket, e);
        }
        if (!exists) {
            throw new StorageUnavailableException("S3 bucket " + bucket + " does not exist", null);
        }
    }

    /** Releases the HTTP clients' threads and connections. */
    @Override
    public void close() {
        try {
            if (presigner != client) {
                presigner.close();
            }
            client.close();
        } catch (Exception e) { // MinioClient.close() declares Exception
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("closing the S3 client failed", e);
        }
    }

    private boolean exists(String key) {
        return head(key).isPresent();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the size of the file to store", e);
        }
    }

    private static void pause(long millis, String key) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException("interrupted while retrying the PUT of " + key, e);
        }
    }
}
