package org.bordereau.storage;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A long, deterministic, incompressible stream that never exists as a whole in memory. It hashes
 * what it hands out, and calls {@code milestone} each time another {@code every} bytes have gone.
 */
final class PatternStream extends InputStream {
    private final long size;
    private final long every;
    private final Runnable milestone;
    private final MessageDigest sha256;
    private long position;
    private long state;

    PatternStream(long size, long seed, long every, Runnable milestone) {
        this.size = size;
        this.every = every;
        this.milestone = milestone;
        this.state = seed | 1;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
            if (((position + i) & 7) == 0) {
                state ^= state << 13; // xorshift64: fast, and no two 8-byte words repeat
                state ^= state >>> 7;
                state ^= state << 17;
            }
            buffer[offset + i] = (byte) (state >>> (((position + i) & 7) * 8));
        }
        sha256.update(buffer, offset, n);
        long before = position;
        position += n;
        if (before / every != position / every) {
            milestone.run();
        }
        return n;
    }

    /** SHA-256 of everything read so far (the whole stream once it is exhausted). */
    byte[] digest() {
        return sha256.digest();
    }
}
