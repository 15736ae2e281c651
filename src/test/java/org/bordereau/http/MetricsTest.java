package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics: what an operator's Prometheus scrapes, and nothing of any tenant. */
class MetricsTest {
    @TempDir
    Path dir;

    @Test
    void requestsByRouteTheJvmAndDossierBuildsAreScrapedWithoutNamingAnyTenant() {
        try (RunningService service = RunningService.fs(dir.resolve("data"))) {
            String key = service.key("acme-secret-tenant", Role.AGENT);
            String id = service.post("/v1/cases", key, Samples.frenchCase("MET-1", "Beta SARL")).json().get("id")
                    .asText();
            assertThat(service.get("/v1/cases/" + id, key).status()).isEqualTo(200);
            service.get("/v1/nothing-here", key);

            Reply metrics = service.get("/metrics", null);

            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.header("Content-Type")).startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/v1/cases\",status=\"201\"} 1")
                    .contains("route=\"/v1/cases/{id}\",status=\"200\"} 1")
                    .contains("route=\"unmatched\",status=\"404\"")
                    .contains("jvm_memory_used_bytes", "process_uptime_seconds")
                    .contains("bordereau_dossier_builds{state=\"building\"} 0")
                    .contains("bordereau_dossier_builds_ended_total{outcome=\"failed\"} 0")
                    .doesNotContain("acme-secret-tenant", id, key);
        }
    }
}
