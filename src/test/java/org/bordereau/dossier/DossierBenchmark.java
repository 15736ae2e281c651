package org.bordereau.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.access.Role;
import org.bordereau.cases.IssuedDossier;
import org.bordereau.testing.RunningService;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (run with {@code -Pbench}: -Xmx256m, report in {@code bench.dir}): a 30-exhibit,
 * 150-page dossier built through the running service's {@link DossierService} — case read, originals
 * streamed from the store, front matter, PAdES sealing, storage, events — against the floor of a bare
 * PDFBox merge + stamp + save of the same pages in the same JVM. Build time is the recorded
 * DOSSIER_REQUESTED → DOSSIER_BUILT interval (no polling in it). Measures, asserts nothing.
 */
class DossierBenchmark {
    private static final int WARM_UP = 4;
    private static final int RUNS = 11;

    @Test
    void thirtyExhibitsThroughTheServiceAgainstBareMergeAndStamp() throws Exception {
        Path dir = Files.createTempDirectory("dossier-benchmark-");
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        try (RunningService service = RunningService.fs(dir.resolve("data"))) {
            String agent = service.key("bench", Role.AGENT);
            String caseId = DossierHttp.moroccanCase(service, agent, "BENCH-HTTP-1");
            List<Path> pdfs = new ArrayList<>();
            String[] kinds = {"CONTRACT", "INVOICE", "DELIVERY_PROOF", "CORRESPONDENCE", "REMINDER", "PAYMENT_PROOF"};
            for (int i = 0; i < 30; i++) {
                Path pdf = files.pdf("piece-" + i + ".pdf", 5, PDRectangle.A4, 0, i % 10 == 0);
                pdfs.add(pdf);
                DossierHttp.upload(service, agent, caseId, pdf, "application/pdf", kinds[i % kinds.length]);
            }
            DossierService dossiers = service.app().dossiers();
            long[] build = new long[RUNS];
            long[] floor = new long[RUNS];
            long buildHeap = 0;
            long floorHeap = 0;
            int pages = 0;
            String seal = null;
            long[] bytes = {0, 0};
            for (int run = -WARM_UP; run < RUNS; run++) {
                DossierBench.resetPeaks();
                DossierStatus requested = dossiers.request("bench", caseId, "key:bench", new DossierCommand("fr", null,
                        null, null, 0), null);
                DossierStatus done = await(dossiers, caseId, requested.id());
                long heap = DossierBench.peakHeap();
                IssuedDossier recorded = done.recorded();
                if (done.state() != DossierStatus.State.READY) {
                    throw new AssertionError("benchmark build failed: " + done.failure());
                }
                DossierBench.resetPeaks();
                Path out = Files.createTempFile(dir, "floor-", ".pdf");
                long t0 = System.nanoTime();
                DossierBench.mergeAndStamp(pdfs, out);
                long t1 = System.nanoTime();
                long heapFloor = DossierBench.peakHeap();
                long floorSize = Files.size(out);
                Files.delete(out);
                if (run >= 0) {
                    build[run] = Duration.between(recorded.requestedAt(), recorded.finishedAt()).toNanos();
                    floor[run] = t1 - t0;
                    buildHeap = Math.max(buildHeap, heap);
                    floorHeap = Math.max(floorHeap, heapFloor);
                    pages = recorded.pages();
                    seal = recorded.sealLevel();
                    bytes = new long[] {recorded.volumes().stream().mapToLong(IssuedDossier.Volume::size).sum(), floorSize};
                }
            }
            report(pages, seal, DossierBench.median(build), DossierBench.median(floor), buildHeap, floorHeap, bytes);
        }
    }

    private static DossierStatus await(DossierService dossiers, String caseId, String id) throws InterruptedException {
        while (true) {
            DossierStatus status = dossiers.status("bench", caseId, id);
            if (status.state() == DossierStatus.State.READY || status.state() == DossierStatus.State.FAILED) {
                return status;
            }
            Thread.sleep(20);
        }
    }

    /** @param bytes the sealed dossier's size and the floor's output size */
    private static void report(int pages, String seal, double build, double floor, long buildHeap, long floorHeap,
                               long[] bytes) throws Exception {
        String text = String.format(Locale.ROOT, """
                # Dossier benchmark

                30 PDF exhibits (150 pages) + front matter = %d pages; %d warm-up runs, medians of %d.
                JVM max heap %d MB, %d processors, Java %s.

                | | median | peak heap (whole JVM, server included) | file |
                |---|---|---|---|
                | whole build through `DossierService` (read case, stream originals, front matter, %s seal, store, events) | %.0f ms | %d MB | %d KB |
                | floor: bare PDFBox merge + stamp + save of the same 150 pages | %.0f ms | %d MB | %d KB |
                | ratio | %.2f | | %.2f |
                """, pages, WARM_UP, RUNS, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), seal, build, buildHeap >> 20, bytes[0] >> 10,
                floor, floorHeap >> 20, bytes[1] >> 10, build / floor, (double) bytes[0] / bytes[1]);
        System.out.println(text);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("dossier-benchmark.md"), text);
    }
}
