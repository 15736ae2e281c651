package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.cms.CMSProcessable;

/**
 * A signature's /ByteRange checked against the raw file, and its /Contents read from the bytes
 * between the two ranges — not from the parsed PDF, which a lenient parser may have "repaired".
 * The CMS is returned without the zero padding that fills the reserved space (DESIGN.md §8: BC 1.85+
 * refuses trailing bytes, and every signer pads).
 */
final class SignedRange {
    /** Far larger than any CMS with a timestamp and long-term validation data. */
    private static final long MAX_CONTENTS_BYTES = 8L * 1024 * 1024;

    private final Path file;
    private final long[] range;
    private final byte[] cms;
    private final boolean wholeDocument;

    private SignedRange(Path file, long[] range, byte[] cms, boolean wholeDocument) {
        this.file = file;
        this.range = range;
        this.cms = cms;
        this.wholeDocument = wholeDocument;
    }

    /** The signed range and CMS, or null after adding to {@code findings} why there is none. */
    static SignedRange read(Path file, long fileSize, int[] byteRange, List<Finding> findings) throws IOException {
        if (byteRange == null || byteRange.length != 4) {
            findings.add(Finding.BYTE_RANGE_INVALID);
            return null;
        }
        long[] r = Arrays.stream(byteRange).asLongStream().toArray();
        long gapStart = r[0] + r[1];
        long gapEnd = r[2];
        // ISO 32000: the ranges start at 0, leave out exactly the /Contents string, and stay in the file.
        if (r[0] != 0 || r[1] <= 0 || r[3] < 0 || gapEnd <= gapStart + 1 || r[2] + r[3] > fileSize
                || gapEnd - gapStart > MAX_CONTENTS_BYTES) {
            findings.add(Finding.BYTE_RANGE_INVALID);
            return null;
        }
        byte[] gap = new byte[(int) (gapEnd - gapStart)];
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(gap);
            while (buffer.hasRemaining() && channel.read(buffer, gapStart + buffer.position()) > 0) {
                // read until full
            }
        }
        if (gap[0] != '<' || gap[gap.length - 1] != '>') {
            findings.add(Finding.BYTE_RANGE_INVALID);
            return null;
        }
        byte[] padded = hex(gap, findings);
        if (padded == null) {
            return null;
        }
        byte[] cms = trimPadding(padded, findings);
        return cms == null ? null : new SignedRange(file, r, cms, r[2] + r[3] == fileSize);
    }

    byte[] cms() {
        return cms;
    }

    boolean coversWholeDocument() {
        return wholeDocument;
    }

    /** The signed bytes, streamed from the file on each {@code write}. */
    CMSProcessable content() {
        return new CMSProcessable() {
            @Override
            public void write(OutputStream out) throws IOException {
                try (FileChannel channel = FileChannel.open(file)) {
                    copy(channel, range[0], range[1], out);
                    copy(channel, range[2], range[3], out);
                }
            }

            @Override
            public Object getContent() {
                return null;
            }
        };
    }

    private static void copy(FileChannel channel, long from, long length, OutputStream out) throws IOException {
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the file ended inside the signed range");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static byte[] hex(byte[] gap, List<Finding> findings) {
        int digits = gap.length - 2;
        if (digits % 2 != 0) {
            findings.add(Finding.CONTENTS_NOT_HEX);
            return null;
        }
        byte[] bytes = new byte[digits / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(gap[1 + 2 * i], 16);
            int low = Character.digit(gap[2 + 2 * i], 16);
            if (high < 0 || low < 0) {
                findings.add(Finding.CONTENTS_NOT_HEX);
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** The DER SEQUENCE at the start, checking that only zeros follow it. */
    private static byte[] trimPadding(byte[] padded, List<Finding> findings) {
        int length = derLength(padded);
        if (length < 0) {
            findings.add(Finding.CMS_UNREADABLE);
            return null;
        }
        for (int i = length; i < padded.length; i++) {
            if (padded[i] != 0) {
                findings.add(Finding.CONTENTS_PADDING_NOT_ZERO);
                return null;
            }
        }
        return Arrays.copyOf(padded, length);
    }

    /** Total length of a definite-length DER SEQUENCE at offset 0, or -1. */
    static int derLength(byte[] der) {
        if (der.length < 2 || der[0] != 0x30) {
            return -1;
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2 + first <= der.length ? 2 + first : -1;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 3 || 2 + count > der.length) {
            return -1; // indefinite length (not DER) or absurdly long
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value << 8 | (der[2 + i] & 0xff);
        }
        int total = 2 + count + value;
        return total <= der.length ? total : -1;
    }
}
