package org.bordereau.storage;

/** No object under the requested key. */
public class NoSuchBlobException extends RuntimeException {
    public NoSuchBlobException(String key) {
        super("no object at " + key);
    }
}
