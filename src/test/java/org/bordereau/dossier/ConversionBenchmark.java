package org.bordereau.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How long a real case's exhibits take to become pages (run with {@code -Pbench}: -Xmx256m, report in
 * {@code bench.dir}): the 31 exhibits of every kind of {@link DossierFixtures#everyKind} (two Office files
 * through LibreOffice, three scans through tesseract, e-mails, text, PDFs), built one conversion at a time
 * and {@link ConverterSettings#defaultParallelism} at a time, interleaved, medians. The front matter is
 * the test one and nothing is sealed, so the difference is the conversion stage's. Measures, asserts
 * nothing; without LibreOffice or tesseract the figures say so and mean little.
 */
class ConversionBenchmark {
    private static final int WARM_UP = 1;
    private static final int RUNS = 5;

    @Test
    void exhibitsOfEveryKindOneAtATimeAgainstSideBySide() throws Exception {
        Path dir = Files.createTempDirectory("conversion-benchmark-");
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.everyKind();
        DossierRequest request = new DossierRequest("BENCH-CONVERT", "fr", files.exhibits, DossierOptions.defaults(),
                "ab".repeat(32), DossierFixtures.events(6));
        ConverterSettings sideBySide = ConverterSettings.defaults();
        ConverterSettings oneAtATime = sideBySide.withParallelism(1);
        long[][] times = new long[2][RUNS];
        long[] heap = new long[2];
        int pages = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            for (int config = 0; config < 2; config++) {
                DossierBuilder builder = new DossierBuilder(new TestFrontMatter(), Sealer.none(),
                        config == 0 ? oneAtATime : sideBySide, Clock.systemUTC());
                Path out = Files.createTempDirectory(dir, "run-");
                DossierBench.resetPeaks();
                long t0 = System.nanoTime();
                DossierResult result = builder.build(request, out);
                long elapsed = System.nanoTime() - t0;
                if (run >= 0) {
                    times[config][run] = elapsed;
                    heap[config] = Math.max(heap[config], DossierBench.peakHeap());
                    pages = result.plan().totalPages();
                }
            }
        }
        Conversions probe = new Conversions(sideBySide, new Fonts(), new Labels("fr"),
                Files.createDirectories(dir.resolve("probe")), Map.of());
        double one = DossierBench.median(times[0]);
        double many = DossierBench.median(times[1]);
        String text = String.format(Locale.ROOT, """
                # Conversion benchmark

                %d exhibits of every kind (%d pages with the test front matter); LibreOffice %s, tesseract %s.
                %d warm-up round, medians of %d interleaved rounds. JVM max heap %d MB, %d processors, Java %s.

                | conversions at once | build median | peak heap (JVM) |
                |---|---|---|
                | 1 | %.0f ms | %d MB |
                | %d | %.0f ms | %d MB |
                | speed-up | %.2f× | |
                """, files.exhibits.size(), pages, probe.officeAvailable() ? "present" : "ABSENT",
                probe.ocrLanguages().isEmpty() ? "ABSENT" : "present " + probe.ocrLanguages(), WARM_UP, RUNS,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                one, heap[0] >> 20, sideBySide.parallelism(), many, heap[1] >> 20, one / many);
        System.out.println(text);
        Path report = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(report);
        Files.writeString(report.resolve("conversion-benchmark.md"), text);
    }
}
