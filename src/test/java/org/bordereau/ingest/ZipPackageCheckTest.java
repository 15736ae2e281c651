package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: an .xlsx whose shared strings inflate 78 times (1.4 GB from 18 MB) passed the ratio
 * check and filled the heap, POI keeping every shared string in memory. A part may now inflate to
 * 32 MB at most, whatever its ratio.
 */
class ZipPackageCheckTest {
    @TempDir
    Path dir;

    @Test
    void aPartTooLargeToReadSafelyIsRefusedEvenUnderTheRatio() throws IOException {
        // 40 MB of a and b at random: about 8 times smaller deflated, far under the 100:1 ratio
        Path xlsx = dir.resolve("export.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, 40 * 1024 * 1024);
            zip.closeEntry();
        }
        assertThat(Files.size(xlsx)).isLessThan(40L * 1024 * 1024 / ZipPackageCheck.MAX_RATIO * 20);

        assertThatThrownBy(() -> ZipPackageCheck.check(xlsx, new TimeLimit.Cancellation()))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TOO_COMPLEX);
                    assertThat(e.getMessage()).contains("32 MB", "PDF export");
                });
    }

    @Test
    void anOrdinaryPackagePasses() throws IOException {
        Path docx = Files.write(dir.resolve("contrat.docx"), TestFiles.docx(java.util.List.of("Contrat cadre")));
        ZipPackageCheck.check(docx, new TimeLimit.Cancellation());
    }

    private static void write(OutputStream out, int bytes) throws IOException {
        Random random = new Random(42);
        byte[] chunk = new byte[64 * 1024];
        for (int written = 0; written < bytes; written += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = random.nextBoolean() ? (byte) 'a' : (byte) 'b';
            }
            out.write(chunk);
        }
    }
}
