package org.bordereau.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bordereau.cases.LetterKind;

/**
 * Warm render time of one letter (French MISE_EN_DEMEURE, 2 pages, MA case): cold first render, then
 * the median and 90th percentile of 50 renders after a warm-up. A main, not a test: timings are
 * reported, never asserted. Run:
 * {@code mvn -o -Dbuild.dir=target-render test-compile exec:java} is not set up; use
 * {@code java -cp target-render/test-classes:target-render/classes:$(cat cp.txt) org.bordereau.render.LetterRenderBench}.
 */
final class LetterRenderBench {
    private LetterRenderBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("render-bench");
        LetterFiles files = new LetterFiles(dir);
        for (Language language : new Language[] {Language.FR, Language.AR}) {
            FoRenderer renderer = new FoRenderer(new Templates(null));
            Letters letters = new Letters(renderer);
            LetterRequest request = files.request(LetterKind.MISE_EN_DEMEURE, language, files.moroccan);
            long t0 = System.nanoTime();
            letters.write(request, OutputStream.nullOutputStream());
            long cold = System.nanoTime() - t0;
            for (int i = 0; i < 30; i++) {
                letters.write(request, OutputStream.nullOutputStream());
            }
            long[] runs = new long[50];
            long[] cpu = new long[50];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                letters.write(request, OutputStream.nullOutputStream());
                runs[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            }
            Arrays.sort(runs);
            Arrays.sort(cpu);
            // CPU time of the rendering thread says what a render costs when the machine is shared
            System.out.printf("%s MISE_EN_DEMEURE: cold %.0f ms; warm wall median %.1f ms, p90 %.1f ms; "
                    + "thread CPU median %.1f ms (n=50)%n", language.code(), cold / 1e6, runs[25] / 1e6,
                    runs[45] / 1e6, cpu[25] / 1e6);
        }
    }
}
