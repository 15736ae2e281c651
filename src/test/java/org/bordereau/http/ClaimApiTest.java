package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.cases.DocumentKind;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/cases/{id}/claims confirms an invoice claim; GET lists claims and proposals. */
class ClaimApiTest {
    @TempDir
    static Path dir;
    static ServiceWithDocuments service;
    static String agent;
    static String lawyer;

    @BeforeAll
    static void start() {
        service = ServiceWithDocuments.start(dir.resolve("data"));
        agent = service.key("claimtest", Role.AGENT);
        lawyer = service.key("claimtest", Role.LAWYER);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private String newCase(String reference) {
        Reply created = service.post("/v1/cases", agent, Samples.moroccanCase(reference, "Souss Négoce SA"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aClaimIsConfirmedWithItsAmountAsAString() {
        String id = newCase("CLAIM-1");
        String invoice = service.document("claimtest", id, DocumentKind.INVOICE, Map.of("invoiceNumber", "F-2026-017",
                "issueDate", "2026-01-15", "dueDate", "2026-02-14", "totalAmount", "10000.00"));
        JsonNode listed = service.get("/v1/cases/" + id + "/claims", lawyer).json();
        assertThat(listed.at("/proposed/0/invoiceNumber").asText()).isEqualTo("F-2026-017");
        assertThat(listed.at("/proposed/0/amount").asText()).isEqualTo("10000.00");

        Reply added = service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-2026-017","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"10000.00",
                 "documentIds":["%s"]}""".formatted(invoice));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("amount").isTextual()).isTrue();
        assertThat(added.json().get("currency").asText()).isEqualTo("MAD");
        JsonNode read = service.get("/v1/cases/" + id, lawyer).json();
        assertThat(read.at("/claims/0/invoiceNumber").asText()).isEqualTo("F-2026-017");
        assertThat(read.get("balance").asText()).isEqualTo("10000.00");
        assertThat(service.get("/v1/cases/" + id + "/claims", lawyer).json().get("proposed")).isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceIncludingUnknownFields() {
        String id = newCase("CLAIM-2");

        Reply refused = service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"","issueDate":"2026-01-15","dueDate":"2026-01-01","amount":0,"vat":"20"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("vat", "invoiceNumber", "dueDate", "amount");
    }

    @Test
    void aDateThatIsNoDateIsNamed() {
        String id = newCase("CLAIM-5");

        Reply refused = service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-1","issueDate":"2026-13-01","dueDate":"2026-02-14","amount":"100.00"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("issueDate");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void aDuplicateInvoiceNumberIsRefused() {
        String id = newCase("CLAIM-3");
        String body = """
                {"invoiceNumber":"F-1","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"100.00"}""";
        assertThat(service.post("/v1/cases/" + id + "/claims", agent, body).status()).isEqualTo(201);

        Reply again = service.post("/v1/cases/" + id + "/claims", agent, body);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().at("/errors/0/message").asText()).contains("already claimed");
    }

    @Test
    void onlyAgentsConfirmClaimsAndOtherTenantsSeeNothing() {
        String id = newCase("CLAIM-4");
        String body = """
                {"invoiceNumber":"F-1","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"100.00"}""";

        assertThat(service.post("/v1/cases/" + id + "/claims", lawyer, body).status()).isEqualTo(403);
        String stranger = service.key("othertenant", Role.AGENT);
        assertThat(service.post("/v1/cases/" + id + "/claims", stranger, body).status()).isEqualTo(404);
        assertThat(service.get("/v1/cases/" + id + "/claims", stranger).status()).isEqualTo(404);
    }
}
