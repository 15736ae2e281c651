package org.bordereau.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams stored bytes with RFC 9110 range support (one range: {@code bytes=a-b}, {@code a-},
 * {@code -n}), so a lawyer's viewer or a resumed download fetches only what it needs. Several ranges
 * are answered with the whole content, which the RFC allows.
 */
final class ByteRanges {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private ByteRanges() {}

    /**
     * The headers of immutable content whose ETag is its SHA-256 (cached for a year, never sniffed,
     * downloaded under {@code contentDisposition}); answers 304 and returns true when the client
     * already holds these bytes.
     */
    static boolean notModified(Context ctx, String sha256, String contentDisposition) {
        String etag = "\"" + sha256 + "\"";
        ctx.header("ETag", etag).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", contentDisposition)
                .header("Cache-Control", "private, max-age=31536000, immutable");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    /**
     * Whether this request is recorded as a download: one event per download, not per range. Only one
     * range from a later byte ({@code bytes=100-199}) continues a download already recorded; anything
     * else may send the first byte or the whole file ({@code bytes=-n} reaching back to byte 0, several
     * ranges and other units, which are answered with everything) and is recorded.
     */
    static boolean startsDownload(Context ctx) {
        String range = ctx.header("Range");
        if (range == null) {
            return true;
        }
        Matcher m = SINGLE.matcher(range.trim());
        return !(m.matches() && m.group(1).chars().anyMatch(digit -> digit != '0'));
    }

    static void write(Context ctx, InputStream content, String mediaType, long size) throws IOException {
        Binary.contentType(ctx, mediaType);
        ctx.header("Accept-Ranges", "bytes");
        long[] range = parse(ctx.header("Range"), size);
        try (InputStream in = content) {
            if (range == null) {
                ctx.header("Content-Length", Long.toString(size));
                copy(in, ctx.res().getOutputStream(), size);
                return;
            }
            if (range.length == 0) {
                ctx.status(416).header("Content-Range", "bytes */" + size);
                return;
            }
            long from = range[0];
            long length = range[1] - from + 1;
            ctx.status(206).header("Content-Range", "bytes " + from + "-" + range[1] + "/" + size)
                    .header("Content-Length", Long.toString(length));
            in.skipNBytes(from);
            copy(in, ctx.res().getOutputStream(), length);
        }
    }

    /** null: no (usable) range, send everything; empty: unsatisfiable; else {first, last}. */
    static long[] parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) { // suffix: the last n bytes
                long n = Long.parseLong(m.group(2));
                return n == 0 || size == 0 ? new long[0] : new long[] {Math.max(0, size - n), size - 1};
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return first >= size || last < first ? new long[0] : new long[] {first, last};
        } catch (NumberFormatException tooLong) {
            return new long[0];
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("stored object shorter than its recorded size");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }
}
