package org.bordereau.storage;

import java.nio.file.Path;

/**
 * Where and how {@link S3BlobStore} reaches its bucket.
 *
 * @param endpoint how the service reaches S3, e.g. {@code http://minio:9000} inside compose
 * @param publicEndpoint how users' browsers reach the same S3, e.g. {@code http://localhost:9000}:
 *     presigned URLs are signed for this host (SigV4 signs the Host header)
 * @param region fixed, so no call is ever spent asking the bucket for its region
 * @param spoolDir where uploads too large to hold in memory wait for their single-part PUT
 * @param evidenceRetention object-lock retention for evidence, or null for none
 */
public record S3Settings(
        String endpoint,
        String publicEndpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        Path spoolDir,
        EvidenceRetention evidenceRetention) {
    /** MinIO's and S3's default region. */
    public static final String DEFAULT_REGION = "us-east-1";

    public S3Settings {
        requireText(endpoint, "endpoint");
        requireText(bucket, "bucket");
        requireText(accessKey, "access key");
        requireText(secretKey, "secret key");
        publicEndpoint = isBlank(publicEndpoint) ? endpoint : publicEndpoint;
        region = isBlank(region) ? DEFAULT_REGION : region;
        spoolDir = spoolDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : spoolDir;
    }

    /** Settings with the public endpoint equal to {@code endpoint}, the system temp dir and no retention. */
    public static S3Settings of(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        return new S3Settings(endpoint, null, region, bucket, accessKey, secretKey, null, null);
    }

    public S3Settings withPublicEndpoint(String url) {
        return new S3Settings(endpoint, url, region, bucket, accessKey, secretKey, spoolDir, evidenceRetention);
    }

    public S3Settings withSpoolDir(Path dir) {
        return new S3Settings(endpoint, publicEndpoint, region, bucket, accessKey, secretKey, dir, evidenceRetention);
    }

    public S3Settings withEvidenceRetention(EvidenceRetention retention) {
        return new S3Settings(endpoint, publicEndpoint, region, bucket, accessKey, secretKey, spoolDir, retention);
    }

    /** Never prints the secret key (records print every component by default). */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", publicEndpoint=" + publicEndpoint + ", region=" + region
                + ", bucket=" + bucket + ", spoolDir=" + spoolDir + ", evidenceRetention=" + evidenceRetention + "]";
    }

    private static void requireText(String value, String name) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("S3 " + name + " is required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
