package org.bordereau.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A request body that stops with {@link TooLarge} past {@code max} bytes, however the client framed it. */
final class LimitedInput extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    static final class TooLarge extends UncheckedIOException {
        TooLarge(long max) {
            super(new IOException("more than " + max + " bytes"));
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) {
        count += n;
        if (count > max) {
            throw new TooLarge(max);
        }
    }
}
