package org.bordereau.sign;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Warm sealing and verification times (medians), not a test: run with the test classpath,
 * {@code java -cp ... org.bordereau.sign.SigningBench [runs]}. Compare with DESIGN.md §8's 5 ms floor.
 */
public final class SigningBench {
    private SigningBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("signing-bench");
        TestPki pki = new TestPki();
        Seal seal = pki.seal("Bench SAS").seal();
        Path onePage = TestPdfs.pdfA3b(dir.resolve("one.pdf"), 1);
        Path manyPages = TestPdfs.pdfA3b(dir.resolve("many.pdf"), 500);
        try (TestTsa tsa = new TestTsa(pki)) {
            PadesSigner b = new PadesSigner(Clock.systemUTC(), dir);
            PadesSigner t = new PadesSigner(Optional.of(new TimestampClient(tsa.url(), Duration.ofSeconds(10))),
                    OnTimestampFailure.FAIL, Clock.systemUTC(), dir);
            Verifier verifier = new Verifier(dir);
            Path sealed = dir.resolve("sealed.pdf");
            report("B-B one page", runs, () -> seal(b, onePage, sealed, seal));
            report("B-T one page (local TSA)", runs, () -> seal(t, onePage, sealed, seal));
            report("verify one page B-T", runs, () -> verifier.verify(sealed));
            report("B-B 500 pages (" + Files.size(manyPages) / 1024 + " KB)", Math.max(5, runs / 10),
                    () -> seal(b, manyPages, sealed, seal));
            report("verify 500 pages", Math.max(5, runs / 10), () -> verifier.verify(sealed));
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void seal(PadesSigner signer, Path input, Path output, Seal seal) throws Exception {
        try (OutputStream out = Files.newOutputStream(output)) {
            signer.sign(input, out, SealRequest.of(seal));
        }
    }

    private static void report(String what, int runs, Work work) throws Exception {
        for (int i = 0; i < Math.max(10, runs / 5); i++) {
            work.run(); // warm-up
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-32s median %6.2f ms  p90 %6.2f ms  (n=%d)%n", what, nanos[runs / 2] / 1e6,
                nanos[runs * 9 / 10] / 1e6, runs);
    }
}
