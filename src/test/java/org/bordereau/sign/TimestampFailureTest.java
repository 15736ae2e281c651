package org.bordereau.sign;

import org.bordereau.testing.Validators;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A failing timestamp authority never degrades a seal silently: refused, or B-B with the reason. */
class TimestampFailureTest {
    private static TestPki pki;
    private static TestTsa tsa;
    private static Seal seal;

    @TempDir
    Path dir;

    @BeforeAll
    static void authority() throws Exception {
        pki = new TestPki();
        tsa = new TestTsa(pki);
        seal = pki.seal("Acme SAS").seal();
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    private PadesSigner signer(URI url, OnTimestampFailure policy, Duration timeout) {
        return new PadesSigner(Optional.of(new TimestampClient(url, timeout)), policy, Clock.systemUTC(), dir);
    }

    private void assertRefused(TestTsa.Mode mode, String why) throws Exception {
        tsa.mode(mode);
        Path input = TestPdfs.pdfA3b(dir.resolve("letter-" + mode + ".pdf"), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> signer(tsa.url(), OnTimestampFailure.FAIL, Duration.ofSeconds(5))
                .sign(input, out, SealRequest.of(seal)))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("the timestamp authority http://127.0.0.1:")
                .hasMessageContaining(why);
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void withFailEveryKindOfAuthorityFailureRefusesTheSeal() throws Exception {
        assertRefused(TestTsa.Mode.HTTP_500, "answered HTTP 500");
        assertRefused(TestTsa.Mode.GARBAGE, "answered an invalid timestamp");
        assertRefused(TestTsa.Mode.REJECTED, "refused the request");
        tsa.mode(TestTsa.Mode.OK);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: before the fix STALLS_BODY never returned
    void anAuthorityThatDoesNotAnswerInTimeOrCannotBeReachedIsAFailure() throws Exception {
        Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        for (TestTsa.Mode mode : new TestTsa.Mode[] {TestTsa.Mode.HANGS, TestTsa.Mode.STALLS_BODY}) {
            // STALLS_BODY, found in review: the timeout covered the headers only, then the seal waited as
            // long as the authority held its body
            try (TestTsa hanging = new TestTsa(pki)) {
                hanging.mode(mode);
                assertThatThrownBy(() -> signer(hanging.url(), OnTimestampFailure.FAIL, Duration.ofMillis(300))
                        .sign(input, new ByteArrayOutputStream(), SealRequest.of(seal)))
                        .as(mode.name())
                        .isInstanceOf(TimestampUnavailableException.class)
                        .hasMessageContaining("did not answer within 300 ms");
            }
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> signer(URI.create("http://127.0.0.1:" + closedPort + "/tsa"), OnTimestampFailure.FAIL,
                Duration.ofSeconds(2)).sign(input, new ByteArrayOutputStream(), SealRequest.of(seal)))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void withDowngradeTheSealIsBaselineBAndSaysWhy() throws Exception {
        tsa.mode(TestTsa.Mode.HTTP_500);
        try {
            Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
            Path output = dir.resolve("downgraded.pdf");
            SealResult result;
            try (var out = Files.newOutputStream(output)) {
                result = signer(tsa.url(), OnTimestampFailure.DOWNGRADE, Duration.ofSeconds(5))
                        .sign(input, out, SealRequest.of(seal));
            }

            assertThat(result.level()).isEqualTo(PadesLevel.B_B);
            assertThat(result.downgraded()).isTrue();
            assertThat(result.downgradeReason()).contains("answered HTTP 500").contains("PAdES-BASELINE-B");
            assertThat(result.timestampTime()).isNull();
            Reports reports = Validators.dss(output);
            assertThat(reports.getSimpleReport().getSignatureFormat(reports.getSimpleReport().getFirstSignatureId()))
                    .isEqualTo(SignatureLevel.PAdES_BASELINE_B);
            assertThat(new Verifier(dir).verify(output).verdict()).isEqualTo(Verdict.VALID);
        } finally {
            tsa.mode(TestTsa.Mode.OK);
        }
    }
}
