package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG of a few kilobytes may declare 16 000 × 16 000 pixels: flattened to RGB for its page that was
 * a gigabyte of heap (found in review). It is now shown subsampled, and one that declares more than
 * {@link Pixels#REFUSED} is a placeholder; the original is attached either way.
 */
class HugePicturesTest {
    @TempDir
    Path dir;

    @Test
    void aPictureLargerThanAPageNeedsIsShownSubsampledAndOneAbsurdlyLargeIsAPlaceholder() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.add(DocumentKind.DELIVERY_PROOF, blankPng(dir.resolve("in").resolve("scan-geant.png"), 16_000, 16_000),
                "image/png");
        files.add(DocumentKind.DELIVERY_PROOF, blankPng(dir.resolve("in").resolve("bombe.png"), 30_000, 30_000),
                "image/png");

        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-PIXELS", "fr", files.exhibits, null, "00".repeat(32),
                null), dir.resolve("out"));

        String manifest = new String(result.manifest(), StandardCharsets.UTF_8);
        assertThat(manifest).contains("16000 × 16000 pixels) is shown at one pixel in 3 each way");
        assertThat(result.plan().exhibits()).allSatisfy(e -> assertThat(e.pageCount()).isEqualTo(1));
        assertThat(manifest).contains("Filed as a placeholder page: UNREADABLE");
    }

    /** A 1-bit grey PNG, all black, written row by row: a few kilobytes whatever it declares. */
    private static Path blankPng(Path file, int width, int height) throws IOException {
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
