package org.bordereau.storage;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.errors.ServerException;
import java.io.IOException;

/**
 * Reads MinIO client exceptions. Messages built here name the operation, the key, the S3 error
 * code or the network failure, and never the credentials; the MinIO exception stays attached as
 * the cause (MinIO itself redacts the signature and credential in its own text).
 */
final class S3Failures {
    private S3Failures() {}

    /** A call of the synchronous MinIO client. */
    @FunctionalInterface
    interface S3Call<T> {
        T call() throws MinioException;
    }

    /**
     * Runs {@code call}, turning a network failure into a {@link MinioException} like every other
     * failure: MinIO's synchronous client reports those as {@code IllegalStateException} with the
     * {@code IOException} (refused connection, timeout, reset) as its cause.
     */
    static <T> T call(S3Call<T> call) throws MinioException {
        try {
            return call.call();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw new MinioException("S3 could not be reached", io);
            }
            throw e;
        }
    }

    /** The HTTP status S3 answered with, or -1 when there was no answer (network failure). */
    static int status(MinioException e) {
        if (e instanceof ErrorResponseException response && response.response() != null) {
            return response.response().code();
        }
        if (e instanceof ServerException server) {
            return server.statusCode();
        }
        return -1;
    }

    /** The S3 error code ({@code NoSuchKey}, {@code PreconditionFailed}...), or "" when there is none. */
    static String code(MinioException e) {
        if (e instanceof ErrorResponseException response && response.errorResponse() != null) {
            String code = response.errorResponse().code();
            return code == null ? "" : code;
        }
        return "";
    }

    /** 404 for the object itself; a missing bucket is a broken configuration, not a missing object. */
    static boolean isMissingObject(MinioException e) {
        return status(e) == 404 && !"NoSuchBucket".equals(code(e));
    }

    static StorageUnavailableException unavailable(String action, String key, Exception e) {
        String subject = key == null ? "" : " " + key;
        return new StorageUnavailableException("S3 " + action + subject + " failed: " + describe(e), e);
    }

    private static String describe(Exception e) {
        if (e instanceof MinioException minio && status(minio) > 0) {
            String code = code(minio);
            return (code.isEmpty() ? "" : code + " ") + "(HTTP " + status(minio) + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
