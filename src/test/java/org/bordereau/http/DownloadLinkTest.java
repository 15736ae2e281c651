package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A time-limited link from the filesystem store downloads without an API key, and only as issued. */
class DownloadLinkTest {
    @TempDir
    Path dir;

    @Test
    void aPresignedLinkDownloadsAndATamperedOneIsRefused() {
        try (RunningService service = RunningService.fs(dir)) {
            byte[] content = "%PDF-1.7 dossier".getBytes(StandardCharsets.US_ASCII);
            service.app().store().put("t/acme/cases/c1/outputs/d1.pdf", content, "application/pdf");
            URI link = service.app().store().presignGet("t/acme/cases/c1/outputs/d1.pdf", Duration.ofMinutes(5));
            assertThat(link.toString()).startsWith(service.base() + "/v1/links/");

            Reply ok = service.get(link.getPath(), null);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(ok.body()).isEqualTo("%PDF-1.7 dossier");

            String path = link.getPath();
            String tampered = path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BB" : "AA");
            ApiContractTest.assertProblem(service.get(tampered, null), 404);
        }
    }
}
