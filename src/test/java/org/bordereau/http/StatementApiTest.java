package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /v1/cases/{id}/statement?asOf=: the statement of account in the DESIGN.md §4 shape, amounts as
 * strings. Figures: French case, 10 000.00 EUR due 2026-02-14, 2 500.00 paid 2026-04-10.
 * <pre>
 * Penalties from 2026-02-15 at ECB rate of 1 January 2026 (2.15) + 10 = 12.15 % (L441-10 II).
 * To 2026-04-10: 14 + 31 + 10 = 55 days: 10 000 x 12.15 x 55 / 36 500 = 183.082... -> 183.08
 * The payment goes to interest first (C. civ. 1343-1): 183.08 to interest, 2 316.92 to principal
 * -> outstanding 7 683.08. Days late to 2026-06-30: 14 + 31 + 30 + 31 + 30 = 136. Indemnity 40 EUR (D441-5).
 * </pre>
 */
class StatementApiTest {
    @TempDir
    static Path dir;
    static ServiceWithDocuments service;
    static String agent;

    @BeforeAll
    static void start() {
        service = ServiceWithDocuments.start(dir.resolve("data"));
        agent = service.key("statementtest", Role.AGENT);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theStatementHasTheDesignedShapeWithAmountsAsStrings() {
        String id = service.post("/v1/cases", agent, Samples.frenchCase("STMT-1", "Beta SARL")).json().get("id").asText();
        service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-2026-017","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"10000.00"}""");
        service.post("/v1/cases/" + id + "/events", agent, """
                {"type":"PAYMENT","date":"2026-04-10","amount":"2500.00","reference":"VIR 88"}""");

        Reply reply = service.get("/v1/cases/" + id + "/statement?asOf=2026-06-30", agent);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode s = reply.json();
        assertThat(s.get("asOf").asText()).isEqualTo("2026-06-30");
        assertThat(s.get("currency").asText()).isEqualTo("EUR");
        JsonNode line = s.at("/lines/0");
        assertThat(line.get("invoiceNumber").asText()).isEqualTo("F-2026-017");
        assertThat(line.get("principal").isTextual()).isTrue();
        assertThat(line.get("principal").asText()).isEqualTo("10000.00");
        assertThat(line.get("outstanding").asText()).isEqualTo("7683.08");
        assertThat(line.get("paidToInterest").asText()).isEqualTo("183.08");
        assertThat(line.get("indemnities").asText()).isEqualTo("40.00");
        assertThat(line.get("daysLate").asLong()).isEqualTo(136);
        assertThat(line.get("prescriptionDate").asText()).isNotBlank();
        for (String total : new String[] {"principal", "paid", "outstanding", "interest", "indemnities", "totalDue"}) {
            assertThat(s.at("/totals/" + total).isTextual()).as(total).isTrue();
        }
        assertThat(s.at("/basis/0/rule").asText()).isNotBlank();
        assertThat(s.at("/basis/0/source").asText()).isNotBlank();
    }

    /**
     * A year like +999999999 is a valid ISO date: the statement stepped through every half-year up to it
     * (two requests held the server for minutes) and the other queries failed with a 500. Now a 422 names
     * the range; the same days are refused in a claim, whose dates every later statement steps through.
     */
    @Test
    void daysFarOutOfAnyCaseAreRefusedNamingTheRange() {
        String id = service.post("/v1/cases", agent, Samples.frenchCase("STMT-3", "Beta SARL")).json().get("id").asText();

        for (String path : new String[] {"/statement?asOf=%2B999999999-12-31", "/completeness?asOf=%2B999999999-12-31",
                "/follow-up?asOf=-999999999-01-01", "/statement?asOf=1899-12-31"}) {
            Reply reply = service.get("/v1/cases/" + id + path, agent);
            assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(422);
            assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("asOf");
            assertThat(reply.json().at("/errors/0/message").asText()).contains("1900-01-01", "2199-12-31");
        }
        assertThat(service.get("/v1/follow-up?due=%2B999999999-12-31", agent).status()).isEqualTo(422);
        Reply ancient = service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-1","issueDate":"-999999999-01-01","dueDate":"-999999999-02-01","amount":"10.00"}""");
        assertThat(ancient.status()).as(ancient.body()).isEqualTo(422);
        assertThat(ancient.json().at("/errors").findValuesAsText("field")).contains("issueDate", "dueDate");
        assertThat(service.get("/v1/cases/" + id + "/statement?asOf=2199-12-31", agent).status()).isEqualTo(200);
    }

    @Test
    void badDatesAndLanguagesAreRefusedInJsonAndPdf() {
        String id = service.post("/v1/cases", agent, Samples.frenchCase("STMT-2", "Beta SARL")).json().get("id").asText();

        assertThat(service.send("GET", "/v1/cases/" + id + "/statement?lang=de", agent, null,
                Map.of("Accept", "application/pdf")).status()).isEqualTo(422);
        assertThat(service.get("/v1/cases/" + id + "/statement?asOf=2026-02-30", agent).status()).isEqualTo(422);
        assertThat(service.get("/v1/cases/" + id + "/statement", agent).status()).isEqualTo(200);
    }
}
