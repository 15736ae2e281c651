package org.bordereau.dossier;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.access.Role;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.IssuedDossier;
import org.bordereau.testing.RunningService;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (run with {@code -Pbench}: -Xmx256m, report in {@code bench.dir}): a 30-exhibit,
 * 150-page dossier built through the running service's {@link DossierService} — case read, originals
 * streamed from the store, front matter, PAdES sealing, storage, events — against two floors in the same
 * JVM: the bare PDFBox merge + stamp + save of the same pages, and {@link DossierFloor}, the same
 * dossier made by FOP, PDFBox and BouncyCastle alone (the goal's measure since stop 13, DESIGN-NOTES).
 * Build time is the recorded DOSSIER_REQUESTED → DOSSIER_BUILT interval (no polling in it). Measures,
 * asserts nothing.
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
                files.add(DocumentKind.valueOf(kinds[i % kinds.length]), pdf, "application/pdf");
            }
            DossierService dossiers = service.app().dossiers();
            build(dossiers, caseId); // the first seal of the tenant creates the development seal the floor reads
            DossierFloor same = new DossierFloor(service, "bench", caseId, files, pdfs, dir);
            long[] build = new long[RUNS];
            long[] floor = new long[RUNS];
            long[] sameFloor = new long[RUNS];
            long buildHeap = 0;
            long floorHeap = 0;
            long sameHeap = 0;
            long sameSize = 0;
            int pages = 0;
            String seal = null;
            long[] bytes = {0, 0};
            for (int run = -WARM_UP; run < RUNS; run++) {
                DossierBench.resetPeaks();
                IssuedDossier recorded = build(dossiers, caseId);
                long heap = DossierBench.peakHeap();
                DossierBench.resetPeaks();
                Path out = Files.createTempFile(dir, "floor-", ".pdf");
                long t0 = System.nanoTime();
                DossierBench.mergeAndStamp(pdfs, out);
                long t1 = System.nanoTime();
                long heapFloor = DossierBench.peakHeap();
                long floorSize = Files.size(out);
                Files.delete(out);
                same.capture();
                DossierBench.resetPeaks();
                CountingStream sealed = new CountingStream();
                long t2 = System.nanoTime();
                int samePages = same.make(sealed);
                long t3 = System.nanoTime();
                long heapSame = DossierBench.peakHeap();
                if (samePages != recorded.pages()) {
                    throw new AssertionError("the floor made " + samePages + " pages, the build " + recorded.pages());
                }
                if (run >= 0) {
                    sameFloor[run] = t3 - t2;
                    sameHeap = Math.max(sameHeap, heapSame);
                    sameSize = sealed.count;
                    build[run] = Duration.between(recorded.requestedAt(), recorded.finishedAt()).toNanos();
                    floor[run] = t1 - t0;
                    buildHeap = Math.max(buildHeap, heap);
                    floorHeap = Math.max(floorHeap, heapFloor);
                    pages = recorded.pages();
                    seal = recorded.sealLevel();
                    bytes = new long[] {recorded.volumes().stream().mapToLong(IssuedDossier.Volume::size).sum(), floorSize};
                }
            }
            report(pages, seal, new double[] {DossierBench.median(build), DossierBench.median(floor),
                    DossierBench.median(sameFloor)}, new long[] {buildHeap, floorHeap, sameHeap},
                    new long[] {bytes[0], bytes[1], sameSize});
        }
    }

    private static IssuedDossier build(DossierService dossiers, String caseId) throws InterruptedException {
        DossierStatus requested = dossiers.request("bench", caseId, "key:bench", new DossierCommand("fr", null,
                null, null, 0), null);
        DossierStatus done = await(dossiers, caseId, requested.id());
        if (done.state() != DossierStatus.State.READY) {
            throw new AssertionError("benchmark build failed: " + done.failure());
        }
        return done.recorded();
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

    /**
     * @param ms median times of the build, the bare merge + stamp, the same dossier by the libraries alone
     * @param heap their peak heaps; @param bytes their files' sizes
     */
    private static void report(int pages, String seal, double[] ms, long[] heap, long[] bytes) throws Exception {
        String text = String.format(Locale.ROOT, """
                # Dossier benchmark

                30 PDF exhibits (150 pages) + front matter = %d pages; %d warm-up runs, medians of %d.
                JVM max heap %d MB, %d processors, Java %s.

                | | median | peak heap (whole JVM, server included) | file | build ÷ this |
                |---|---|---|---|---|
                | whole build through `DossierService` (read case, stream and check originals, front matter, %s seal, store, events) | %.0f ms | %d MB | %d KB | |
                | floor 1: bare PDFBox merge + stamp + save of the 150 exhibit pages | %.0f ms | %d MB | %d KB | %.2f |
                | floor 2: the same dossier by the libraries alone (FOP front matter, PDFBox merge + stamp + embedded originals, BouncyCastle seal) | %.0f ms | %d MB | %d KB | **%.2f** |
                """, pages, WARM_UP, RUNS, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), seal, ms[0], heap[0] >> 20, bytes[0] >> 10,
                ms[1], heap[1] >> 20, bytes[1] >> 10, ms[0] / ms[1], ms[2], heap[2] >> 20, bytes[2] >> 10, ms[0] / ms[2]);
        System.out.println(text);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("dossier-benchmark.md"), text);
    }

    /** Counts what the floor's seal writes, and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
