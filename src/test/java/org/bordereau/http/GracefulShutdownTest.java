package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.bordereau.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the service lets a download in flight finish and tells load balancers to go away first. */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    @Test
    void aDownloadInFlightCompletesWhileReadyTurns503() throws Exception {
        RunningService service = RunningService.fs(dir);
        byte[] content = new byte[24 * 1024 * 1024];
        new Random(7).nextBytes(content);
        service.app().store().put("t/acme/cases/c1/outputs/big.pdf", content, "application/pdf");
        URI link = service.app().store().presignGet("t/acme/cases/c1/outputs/big.pdf", Duration.ofMinutes(5));

        HttpURLConnection download = (HttpURLConnection) link.toURL().openConnection();
        try (InputStream in = download.getInputStream()) {
            byte[] first = in.readNBytes(1024);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);
            Thread.sleep(200);
            assertThat(service.get("/ready", null).status()).isEqualTo(503);
            assertThat(stopping).isNotDone();

            byte[] rest = in.readAllBytes();
            assertThat(first.length + rest.length).isEqualTo(content.length);
            assertThat(rest[rest.length - 1]).isEqualTo(content[content.length - 1]);
            stopping.get();
        }
    }
}
