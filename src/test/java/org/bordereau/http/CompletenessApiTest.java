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

/** GET /v1/cases/{id}/completeness: the checklist in the reader's language. */
class CompletenessApiTest {
    @TempDir
    static Path dir;
    static ServiceWithDocuments service;
    static String agent;
    static String lawyer;

    @BeforeAll
    static void start() {
        service = ServiceWithDocuments.start(dir.resolve("data"));
        agent = service.key("completetest", Role.AGENT);
        lawyer = service.key("completetest", Role.LAWYER);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private String newCase(String reference) {
        Reply created = service.post("/v1/cases", agent, Samples.moroccanCase(reference, "Souss Négoce SA"));
        return created.json().get("id").asText();
    }

    @Test
    void aNewCaseIsReadyForNothingAndSaysWhyInFrenchByDefault() {
        String id = newCase("COMP-1");

        Reply reply = service.get("/v1/cases/" + id + "/completeness", lawyer);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode c = reply.json();
        assertThat(c.get("language").asText()).isEqualTo("fr");
        assertThat(c.get("readyForAmicable").asBoolean()).isFalse();
        assertThat(c.get("readyForLitigation").asBoolean()).isFalse();
        JsonNode first = c.at("/rules/0");
        assertThat(first.get("id").asText()).isEqualTo("MA.claims-present");
        assertThat(first.get("status").asText()).isEqualTo("missing");
        assertThat(first.at("/severity/amicable").asText()).isEqualTo("blocking");
        assertThat(first.get("blocks")).extracting(JsonNode::asText).containsExactly("amicable", "litigation");
        assertThat(first.get("fix").asText()).startsWith("Confirmez");
    }

    @Test
    void theLanguageComesFromTheQueryOrAcceptLanguage() {
        String id = newCase("COMP-2");

        assertThat(service.get("/v1/cases/" + id + "/completeness?lang=en", agent).json().at("/rules/0/title").asText())
                .isEqualTo("Confirmed claims");
        Reply arabic = service.send("GET", "/v1/cases/" + id + "/completeness", agent, null,
                Map.of("Accept-Language", "de-DE, ar-MA;q=0.8"));
        assertThat(arabic.json().get("language").asText()).isEqualTo("ar");
        Reply german = service.get("/v1/cases/" + id + "/completeness?lang=de", agent);
        assertThat(german.status()).isEqualTo(422);
        assertThat(german.json().at("/errors/0/field").asText()).isEqualTo("lang");
    }

    @Test
    void evidenceAndSourcesAreShown() {
        String id = newCase("COMP-3");
        String invoice = service.document("completetest", id, DocumentKind.INVOICE, Map.of("invoiceNumber", "F-9",
                "issueDate", "2026-01-15", "dueDate", "2026-02-14", "totalAmount", "9000.00"));
        service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-9","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"9000.00",
                 "documentIds":["%s"]}""".formatted(invoice));

        JsonNode c = service.get("/v1/cases/" + id + "/completeness?lang=en&asOf=2026-03-01", agent).json();

        assertThat(c.get("asOf").asText()).isEqualTo("2026-03-01");
        JsonNode invoices = c.at("/rules/1");
        assertThat(invoices.get("id").asText()).isEqualTo("MA.invoice-with-due-date");
        assertThat(invoices.get("status").asText()).isEqualTo("ok");
        assertThat(invoices.at("/evidence/documents/0").asText()).isEqualTo(invoice);
        assertThat(invoices.at("/evidence/claims/0").asText()).isEqualTo("F-9");
        assertThat(invoices.at("/source/source").asText()).contains("69-21");
        assertThat(service.get("/v1/cases/" + id + "/completeness?asOf=tomorrow", agent).status()).isEqualTo(422);
    }
}
