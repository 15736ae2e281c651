package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the API answers what a client gets wrong: every error is problem+json naming the fix. */
class ApiContractTest {
    @TempDir
    static Path dir;
    static RunningService service;
    static String agent;
    static String lawyer;
    static String ingest;

    @BeforeAll
    static void start() {
        service = RunningService.fs(dir.resolve("data"));
        agent = service.key("acme", Role.AGENT);
        lawyer = service.key("acme", Role.LAWYER);
        ingest = service.key("acme", Role.INGEST);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void unknownRouteIsA404Problem() {
        Reply reply = service.get("/v1/nothing-here", agent);
        assertProblem(reply, 404);
        assertThat(reply.json().get("detail").asText()).contains("/v1/nothing-here");
    }

    @Test
    void malformedJsonIsA400NamingThePosition() {
        Reply reply = service.post("/v1/cases", agent, "{\"reference\": \"A-1\",\n \"jurisdiction\": }");
        assertProblem(reply, 400);
        assertThat(reply.json().get("detail").asText()).contains("line 2").contains("column");
    }

    @Test
    void unknownFieldsAreAllNamedAtOnce() {
        Reply reply = service.post("/v1/cases", agent, """
                {"reference":"A-2","jurisdiction":"FR","currency":"EUR","colour":"red",
                 "creditor":{"name":"Acme","sirne":"732829320"},"debtor":{"name":"Beta","age":3}}""");
        assertProblem(reply, 422);
        assertThat(fields(reply)).containsExactlyInAnyOrder("colour", "creditor.sirne", "debtor.age");
    }

    @Test
    void unknownAndInvalidFieldsComeTogether() {
        Reply reply = service.post("/v1/cases", agent, """
                {"reference":"A-4","jurisdiction":"FR","currency":"EUR","colour":"red",
                 "creditor":{"name":"Acme","siren":"732829321"},"debtor":{"name":"Beta"}}""");
        assertProblem(reply, 422);
        assertThat(fields(reply)).containsExactlyInAnyOrder("colour", "creditor.siren");
    }

    @Test
    void missingAndInvalidFieldsAreAllNamedAtOnce() {
        Reply reply = service.post("/v1/cases", agent, """
                {"jurisdiction":"ES","currency":"EURO","creditor":{"siren":"732829321"},"debtor":{}}""");
        assertProblem(reply, 422);
        assertThat(fields(reply)).contains("reference", "jurisdiction", "currency", "creditor.name",
                "creditor.siren", "debtor.name");
    }

    @Test
    void aWrongTypeIsNamedWithItsField() {
        Reply reply = service.post("/v1/cases", agent, "{\"reference\":\"A-3\",\"creditor\":\"Acme\"}");
        assertProblem(reply, 422);
        assertThat(fields(reply)).containsExactly("creditor");
    }

    /** Found in review: Javalin answered HEAD itself, 200 for any case id, with no key. */
    @Test
    void headIsAnsweredOnlyByTheHealthChecks() {
        Reply head = service.send("HEAD", "/v1/cases/01JZZZZZZZZZZZZZZZZZZZZZZZ", null, null, Map.of());
        assertThat(head.status()).isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("GET");
        assertThat(service.send("HEAD", "/v1/cases", null, null, Map.of()).status()).isEqualTo(405);
        assertThat(service.send("HEAD", "/health", null, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void noKeyIs401AndABadKeyToo() {
        assertProblem(service.get("/v1/cases", null), 401);
        Reply bad = service.get("/v1/cases", "bdx_not-a-real-key-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertProblem(bad, 401);
        assertThat(bad.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aWrongRoleIs403() {
        Reply reply = service.post("/v1/cases", lawyer, Samples.frenchCase("L-1", "Beta SARL"));
        assertProblem(reply, 403);
        assertThat(reply.json().get("detail").asText()).contains("lawyer");
        assertProblem(service.get("/v1/keys", agent), 403);
    }

    @Test
    void anotherTenantsCaseIs404NotForbidden() {
        Reply created = service.post("/v1/cases", agent, Samples.frenchCase("T-1", "Beta SARL"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String rival = service.key("rival", Role.AGENT);

        Reply reply = service.get("/v1/cases/" + id, rival);
        assertProblem(reply, 404);
        assertThat(service.get("/v1/cases/" + id, lawyer).status()).isEqualTo(200);
        assertThat(service.get("/v1/cases?q=T-1", rival).json().get("total").asLong()).isZero();
    }

    @Test
    void everyResponseCarriesARequestIdAndProblemsRepeatIt() {
        Reply reply = service.send("GET", "/v1/cases/nope", agent, null, Map.of("X-Request-Id", "client-chosen-123"));
        assertThat(reply.header("X-Request-Id")).isEqualTo("client-chosen-123");
        assertThat(reply.json().get("requestId").asText()).isEqualTo("client-chosen-123");
        assertThat(service.get("/health", null).header("X-Request-Id")).hasSizeGreaterThan(8);
    }

    @Test
    void theApiDescribesItself() {
        Reply reply = service.get("/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/paths/~1v1~1cases/post/summary").asText()).contains("open a case");
    }

    @Test
    void healthAndReadyArePublic() {
        assertThat(service.get("/health", null).status()).isEqualTo(200);
        assertThat(service.get("/ready", null).json().get("status").asText()).isEqualTo("READY");
    }

    @Test
    void anInternalErrorNeverLeaksDetails() {
        Reply reply = service.get("/v1/cases/..%2F..%2Fsys%2Fkeys", agent);
        assertThat(reply.status()).isIn(400, 404);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("sys/keys").doesNotContain(dir.toString());
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode json = reply.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("type").asText()).startsWith("https://");
        assertThat(json.get("title").asText()).isNotBlank();
        assertThat(json.get("detail").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("at org.").doesNotContain("Exception");
    }

    static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
