package org.bordereau.sign;

/**
 * Key material that cannot be used: a PKCS#12 file that is missing, damaged, protected by another
 * password, or holding no (or several) private keys. The message names the source, never a password.
 */
public final class KeyMaterialException extends RuntimeException {
    public KeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyMaterialException(String message) {
        super(message);
    }
}
