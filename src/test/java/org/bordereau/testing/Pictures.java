package org.bordereau.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Pictures for tests, written byte by byte: sizes no image library would let a test allocate. */
public final class Pictures {
    private Pictures() {}

    /** A 1-bit grey PNG, all black, written row by row: a few kilobytes whatever it declares. */
    public static Path blankPng(Path file, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, no filter method, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
                byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then zeros
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(OutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(body.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        d.writeInt((int) crc.getValue());
    }
}
