package org.bordereau.storage;

/** The store could not be reached or answered with a server error: the caller may retry later. */
public class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
