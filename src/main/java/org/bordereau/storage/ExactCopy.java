package org.bordereau.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Copies exactly the declared number of bytes. The declared size is a promise the S3 PUT depends
 * on, so both stores hold every caller to it: a short or long stream is refused before anything
 * becomes visible. Failures of the source (the caller's stream) surface as {@link
 * UncheckedIOException}; failures of the sink stay {@link IOException} so a store can report them
 * as its own.
 */
final class ExactCopy {
    private static final int BUFFER = 64 * 1024;

    private ExactCopy() {}

    static void requireSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /** Copies {@code size} bytes and checks the source ends there. */
    static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(size, 1))];
        long remaining = size;
        while (remaining > 0) {
            int n = read(in, buffer, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                throw tooShort(size, size - remaining);
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
        requireEnd(in, size);
    }

    /** Reads a small object into memory, with the same checks as {@link #copy}. */
    static byte[] readExactly(InputStream in, int size) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(size);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the data to store", e);
        }
        if (bytes.length < size) {
            throw tooShort(size, bytes.length);
        }
        requireEnd(in, size);
        return bytes;
    }

    private static void requireEnd(InputStream in, long size) {
        if (read(in, new byte[1], 1) >= 0) {
            throw new IllegalArgumentException("the data is longer than its declared size " + size);
        }
    }

    private static int read(InputStream in, byte[] buffer, int length) {
        try {
            return in.read(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the data to store", e);
        }
    }

    private static IllegalArgumentException tooShort(long size, long got) {
        return new IllegalArgumentException("the data ended after " + got + " of its declared " + size + " bytes");
    }
}
