package org.bordereau.storage;

import io.minio.GetObjectLockConfigurationArgs;
import io.minio.MinioClient;
import io.minio.errors.MinioException;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Object-lock retention for evidence (DESIGN.md §3), behind a capability check: only a bucket
 * created with object lock accepts retention, and S3Proxy answers 501 to every object-lock call.
 */
final class S3ObjectLock {
    private static final Logger LOG = LoggerFactory.getLogger(S3ObjectLock.class);

    private final MinioClient client;
    private final String bucket;
    private final EvidenceRetention wanted;
    private final Clock clock;
    private volatile Boolean enabled; // null until the bucket has said whether it has object lock

    S3ObjectLock(MinioClient client, String bucket, EvidenceRetention wanted, Clock clock) {
        this.client = client;
        this.bucket = bucket;
        this.wanted = wanted;
        this.clock = clock;
    }

    /** Retention for one evidence object written now, or null when none is configured or possible. */
    Retention forNewEvidence() {
        if (wanted == null || !bucketHasObjectLock()) {
            return null;
        }
        ZonedDateTime until = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plus(wanted.period());
        return new Retention(RetentionMode.valueOf(wanted.mode().name()), until);
    }

    /**
     * Asks the bucket once. A definite "no" (no lock configuration, or 501 Not Implemented) is
     * remembered and logged; a failure to ask is not remembered, so an outage at start-up never
     * turns retention off for good: the write fails as unavailable instead.
     */
    private boolean bucketHasObjectLock() {
        Boolean known = enabled;
        if (known != null) {
            return known;
        }
        try {
            S3Failures.call(() -> client.getObjectLockConfiguration(
                    GetObjectLockConfigurationArgs.builder().bucket(bucket).build()));
            known = true;
        } catch (MinioException e) {
            int status = S3Failures.status(e);
            if (status != 404 && status != 501 && !"ObjectLockConfigurationNotFoundError".equals(S3Failures.code(e))) {
                throw S3Failures.unavailable("GET object-lock configuration", bucket, e);
            }
            LOG.warn("S3 bucket {} has no object lock (HTTP {}): evidence is stored without retention", bucket, status);
            known = false;
        }
        enabled = known;
        return known;
    }
}
