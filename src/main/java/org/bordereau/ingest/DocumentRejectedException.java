package org.bordereau.ingest;

/**
 * A file was refused; nothing of it was stored. {@code reason} decides the HTTP status, {@code detail}
 * is safe to show to the client and says what to do (never a path, a stack trace or a storage key).
 */
public class DocumentRejectedException extends RuntimeException {

    /** Why a file was refused. */
    public enum Reason {
        /** 400: the body is empty. */
        EMPTY,
        /** 400: the file name contains a path or control characters. */
        BAD_FILENAME,
        /** 413: over the configured size limit. */
        TOO_LARGE,
        /** 415: the bytes are not of an allowed type (detected type named in the detail). */
        UNSUPPORTED_TYPE,
        /** 422: password-protected or encrypted. */
        ENCRYPTED,
        /** 422: damaged or truncated, cannot be read. */
        CORRUPT,
        /** 422: a zip bomb, entity expansion, external entity, nesting too deep, text too long. */
        TOO_COMPLEX,
        /** 422: reading it took longer than the parse time limit. */
        TIMEOUT
    }

    private final Reason reason;
    private final String detail;

    public DocumentRejectedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public DocumentRejectedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
