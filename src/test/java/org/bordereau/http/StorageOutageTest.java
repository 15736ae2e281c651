package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bordereau.access.Role;
import org.bordereau.storage.S3BlobStore;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;
import org.bordereau.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When object storage goes away, the service says so honestly and loses nothing. */
class StorageOutageTest {
    @TempDir
    Path dir;

    @Test
    void storageDownMeans503WithRetryAfterAndNothingIsLost() throws Exception {
        try (S3Server s3 = S3Server.start("outage");
             RunningService service = RunningService.start(new S3BlobStore(s3.endpoint(), null, "us-east-1",
                     "outage", S3Server.ACCESS_KEY, S3Server.SECRET_KEY), dir)) {
            String agent = service.key("acme", Role.AGENT);
            Reply before = service.post("/v1/cases", agent, Samples.frenchCase("OUT-1", "Delta SA"));
            assertThat(before.status()).isEqualTo(201);
            String id = before.json().get("id").asText();

            s3.stop();
            Reply ready = service.get("/ready", null);
            ApiContractTest.assertProblem(ready, 503);
            assertThat(ready.header("Retry-After")).isNotBlank();
            Reply write = service.post("/v1/cases", agent, Samples.frenchCase("OUT-2", "Epsilon SA"));
            ApiContractTest.assertProblem(write, 503);
            assertThat(write.header("Retry-After")).isNotBlank();
            assertThat(service.get("/health", null).status()).isEqualTo(200);

            s3.restart();
            assertThat(service.get("/ready", null).status()).isEqualTo(200);
            Reply after = service.get("/v1/cases/" + id, agent);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().at("/debtor/name").asText()).isEqualTo("Delta SA");
            assertThat(service.get("/v1/cases?q=OUT-2", agent).json().get("total").asLong())
                    .as("the refused write left nothing behind").isZero();
            assertThat(service.post("/v1/cases", agent, Samples.frenchCase("OUT-3", "Zeta SA")).status()).isEqualTo(201);
        }
    }
}
