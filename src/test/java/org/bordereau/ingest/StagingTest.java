package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
    private static final long MB = 1024L * 1024L;

    @TempDir
    Path dir;

    @Test
    void theBodyLandsOnDiskWithItsSha256AndSizeAndIsDeletedOnClose() throws Exception {
        byte[] body = TestFiles.invoicePdf();
        Path file;
        try (StagedFile staged = new Staging(dir, MB).stage(new ByteArrayInputStream(body))) {
            file = staged.path();
            assertThat(Files.readAllBytes(file)).isEqualTo(body);
            assertThat(staged.size()).isEqualTo(body.length);
            assertThat(staged.sha256())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
            assertThat(file.getParent()).isEqualTo(dir);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void anEmptyBodyIsRefusedAndLeavesNoFile() throws Exception {
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> new Staging(dir, MB).stage(new ByteArrayInputStream(new byte[0])));

        assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.EMPTY);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void exactlyTheLimitIsAcceptedOneByteMoreIsRefusedAtOnce() throws Exception {
        Staging staging = new Staging(dir, MB);
        try (StagedFile atLimit = staging.stage(new GeneratedStream(MB))) {
            assertThat(atLimit.size()).isEqualTo(MB);
        }

        GeneratedStream endless = new GeneratedStream(Long.MAX_VALUE);
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> staging.stage(endless));

        assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TOO_LARGE);
        assertThat(e.detail()).contains("1 MB");
        assertThat(endless.position()).as("reading stops at the limit").isLessThanOrEqualTo(MB + 64 * 1024);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aThreeHundredMegabyteBodyIsStagedWithFlatHeap() throws Exception {
        HeapWatch heap = new HeapWatch();
        GeneratedStream body = new GeneratedStream(300 * MB, 30 * MB, heap::sample);

        try (StagedFile staged = new Staging(dir, 400 * MB).stage(body)) {
            assertThat(staged.size()).isEqualTo(300 * MB);
            assertThat(staged.sha256()).isEqualTo(body.sha256());
            assertThat(Files.size(staged.path())).isEqualTo(300 * MB);
        }

        assertThat(heap.samples()).isEqualTo(10);
        assertThat(heap.peakGrowth()).as("live heap growth while staging 300 MB").isLessThan(16 * MB);
    }

    private static long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
