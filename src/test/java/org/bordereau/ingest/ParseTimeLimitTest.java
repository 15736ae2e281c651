package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.ingest.DocumentRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseTimeLimitTest {
    @TempDir
    Path dir;

    @Test
    void aParseOverTheTimeLimitIsRefusedItsThreadStopsAndNothingIsLeft() throws Exception {
        IngestBench bench = new IngestBench(dir, IngestBench.limits(20 << 20, Duration.ofMillis(200), 50_000_000, 3, 50),
                "tesseract");
        byte[] longPdf = TestFiles.pdf(lines(60_000)); // PDFBox needs seconds to extract this

        long start = System.nanoTime();
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> bench.add(longPdf, "long.pdf", "application/pdf"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.detail()).contains("longer than the time allowed");
        assertThat(tookMs).as("answered soon after the deadline").isLessThan(3_000);
        assertThat(bench.blobs()).isEmpty();
        assertThat(bench.currentCase().documents()).isEmpty();
        assertThat(bench.tempFiles()).isEmpty();
        assertThat(parseThreadsStopWithin(Duration.ofSeconds(2))).as("the parser thread stopped").isTrue();
    }

    @Test
    void anEmailCutOffWhileItsAttachmentsAreSavedLeavesNoTemporaryFile() throws Exception {
        IngestBench bench = new IngestBench(dir.resolve("timed"), IngestBench.limits(64 << 20, Duration.ofMillis(100),
                2_000_000, 3, 100), "tesseract");
        List<TestFiles.Part> parts = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[300 * 1024];
            random.nextBytes(noise);
            parts.add(new TestFiles.Part("annexe-" + i + ".bin", "application/octet-stream", noise, false));
        }
        byte[] mail = TestFiles.eml("Annexes", "Quarante annexes.", parts);
        // Warm Tika's e-mail path, so that the deadline falls while attachments are being saved
        // (a full read of this e-mail takes 250-500 ms here), not while classes load.
        IngestBench warm = new IngestBench(dir.resolve("warm"), IngestBench.limits(64 << 20, Duration.ofSeconds(30),
                2_000_000, 3, 100), "tesseract");
        warm.intake.warmUp();
        warm.add(TestFiles.eml("Relance", "Bonjour", List.of(parts.get(0))), "relance.eml", null);

        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> bench.add(mail, "annexes.eml", null));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(parseThreadsStopWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(bench.tempFiles()).isEmpty();
        assertThat(bench.blobs()).isEmpty();
    }

    @Test
    void workThatIgnoresCancellationIsAbandonedAndCounted() throws Exception {
        TimeLimit limit = new TimeLimit();

        Exception e = catchThrowableOfType(Exception.class, () -> limit.run("stubborn", Duration.ofMillis(50), c -> {
            long until = System.nanoTime() + Duration.ofMillis(2_500).toNanos();
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // ignores both the flag and interrupts
            }
            return "late";
        }));

        assertThat(e).isInstanceOf(java.util.concurrent.TimeoutException.class);
        assertThat(limit.abandoned()).isEqualTo(1);
    }

    private static List<String> lines(int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add("Ligne " + i + " de la facture F-2025-0042, montant 12 345,60 EUR");
        }
        return lines;
    }

    private static boolean parseThreadsStopWithin(Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            boolean running = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("ingest-parse") && t.isAlive());
            if (!running) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
