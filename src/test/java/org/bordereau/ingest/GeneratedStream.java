package org.bordereau.ingest;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A long, deterministic, incompressible stream that never exists whole in memory. It hashes what it
 * hands out, counts it, and calls {@code milestone} each time another {@code every} bytes have gone.
 */
final class GeneratedStream extends InputStream {
    private final long size;
    private final long every;
    private final Runnable milestone;
    private final MessageDigest sha256;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    GeneratedStream(long size, long every, Runnable milestone) {
        this.size = size;
        this.every = every;
        this.milestone = milestone;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    GeneratedStream(long size) {
        this(size, Long.MAX_VALUE, () -> { });
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
                state ^= state << 13; // xorshift64
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

    /** How many bytes were handed out. */
    long position() {
        return position;
    }

    /** Hex SHA-256 of everything read so far (the whole stream once exhausted). */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
