package org.bordereau.sign;

/**
 * The timestamp authority failed (unreachable, too slow, refused, or answered something invalid) and
 * the policy is {@link OnTimestampFailure#FAIL}. Nothing was written. Retrying later may work.
 */
public final class TimestampUnavailableException extends RuntimeException {
    public TimestampUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
