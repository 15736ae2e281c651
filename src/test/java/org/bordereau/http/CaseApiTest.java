package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent opens cases and finds them again. */
class CaseApiTest {
    @TempDir
    static Path dir;
    static RunningService service;
    static String agent;

    @BeforeAll
    static void start() {
        service = RunningService.fs(dir.resolve("data"));
        agent = service.key("casetest", Role.AGENT);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aCreatedCaseReadsBackWithItsParties() {
        Reply created = service.post("/v1/cases", agent, Samples.frenchCase("ACME-2025-001", "Beta SARL"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/v1/cases/" + id);
        assertThat(body.get("stage").asText()).isEqualTo("COMMERCIAL");

        JsonNode read = service.get("/v1/cases/" + id, agent).json();
        assertThat(read.get("reference").asText()).isEqualTo("ACME-2025-001");
        assertThat(read.at("/debtor/name").asText()).isEqualTo("Beta SARL");
        assertThat(read.at("/creditor/siren").asText()).isEqualTo("732829320");
        assertThat(read.at("/decisionMaker/role").asText()).isEqualTo("CFO");
        assertThat(read.get("chainHead").asText()).hasSize(64);
    }

    @Test
    void aMoroccanCaseAcceptsTheIfAlias() {
        Reply created = service.post("/v1/cases", agent, Samples.moroccanCase("ATL-7", "Souss Négoce SA"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/creditor/taxId").asText()).isEqualTo("1234567");
    }

    @Test
    void listingFiltersBySearchAndStageAndPages() {
        for (int i = 1; i <= 5; i++) {
            assertThat(service.post("/v1/cases", agent, Samples.frenchCase("LIST-" + i, "Gamma Industrie " + i))
                    .status()).isEqualTo(201);
        }
        JsonNode byDebtor = service.get("/v1/cases?q=gamma%20industrie&size=2&page=1", agent).json();
        assertThat(byDebtor.get("total").asLong()).isEqualTo(5);
        assertThat(byDebtor.get("items")).hasSize(2);
        JsonNode lastPage = service.get("/v1/cases?q=gamma%20industrie&size=2&page=3", agent).json();
        assertThat(lastPage.get("items")).hasSize(1);

        JsonNode byReference = service.get("/v1/cases?q=LIST-3", agent).json();
        assertThat(byReference.get("items")).hasSize(1);
        assertThat(byReference.at("/items/0/debtor/name").asText()).isEqualTo("Gamma Industrie 3");

        assertThat(service.get("/v1/cases?stage=COMMERCIAL&q=gamma", agent).json().get("total").asLong()).isEqualTo(5);
        assertThat(service.get("/v1/cases?stage=LITIGATION_READY&q=gamma", agent).json().get("total").asLong()).isZero();
    }

    @Test
    void aTamperedCaseIsRefusedNotShown() {
        String id = service.post("/v1/cases", agent, Samples.frenchCase("TAMPER-1", "Omega SA")).json().get("id").asText();
        String key = "t/casetest/cases/" + id + "/events/0000000001.json";
        String stored = new String(service.app().store().getBytes(key), java.nio.charset.StandardCharsets.UTF_8);
        service.app().store().put(key, stored.replace("Omega SA", "Omega SB").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");
        try (RunningService restarted = RunningService.fs(dir.resolve("data"))) { // nothing cached
            Reply reply = restarted.get("/v1/cases/" + id, agent);
            ApiContractTest.assertProblem(reply, 500);
            assertThat(reply.body()).doesNotContain("Omega SB").contains("integrity");
        }
    }

    @Test
    void badListParametersAreNamed() {
        Reply reply = service.get("/v1/cases?stage=SOMEDAY&page=0&size=1000", agent);
        ApiContractTest.assertProblem(reply, 422);
        assertThat(ApiContractTest.fields(reply)).containsExactlyInAnyOrder("stage", "page", "size");
    }
}
