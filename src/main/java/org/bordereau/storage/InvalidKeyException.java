package org.bordereau.storage;

/** A key that is not a plain relative path ('..', absolute, encoded separators, control characters). */
public class InvalidKeyException extends IllegalArgumentException {
    public InvalidKeyException(String message) {
        super(message);
    }
}
