package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up through the running server: GET /v1/cases/{id}/follow-up, the work queue GET
 * /v1/follow-up?due=, and GET/PUT /v1/settings/follow-up; roles, tenant isolation, amounts as strings.
 * <pre>
 * Plan case (FR): invoice 12 000.00 due 2026-06-30; plan agreed 2026-07-10, 3 x 4 000.00 due 07-31,
 * 08-31, 09-30, acceleration after 10 days; 4 000.00 paid 2026-07-30. As of 2026-09-15: #2 (08-31)
 * missed entirely, flagged 09-01, 4 000.00 missing; its grace ended 09-10, so on 09-11 the rest of the
 * plan, 12 000.00 - 4 000.00 = 8 000.00, fell due.
 * </pre>
 */
class FollowUpApiTest {
    @TempDir
    static Path dir;
    static ServiceWithDocuments service;

    @BeforeAll
    static void start() {
        service = ServiceWithDocuments.start(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String openCase(String key, String reference) {
        Reply created = service.post("/v1/cases", key, Samples.frenchCase(reference, "Beta SARL"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void post(String key, String path, String json) {
        Reply reply = service.post(path, key, json);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    private static void claim(String key, String id, String number, String due, String amount) {
        post(key, "/v1/cases/" + id + "/claims", """
                {"invoiceNumber":"%s","issueDate":"2026-06-01","dueDate":"%s","amount":"%s"}"""
                .formatted(number, due, amount));
    }

    private static void badFaith(String key, String id) {
        post(key, "/v1/cases/" + id + "/events", """
                {"type":"NOTE","kind":"BAD_FAITH","date":"2026-10-01","text":"promet et ne paie jamais"}""");
    }

    @Test
    void theFollowUpOfACaseShowsTheMissedInstalmentTheAccelerationAndTheLetterToSend() {
        String agent = service.key("fu-plan", Role.AGENT);
        String id = openCase(agent, "FU-PLAN");
        claim(agent, id, "F-2026-050", "2026-06-30", "12000.00");
        post(agent, "/v1/cases/" + id + "/events", """
                {"type":"PLAN_AGREED","expectedVersion":2,"date":"2026-07-10","signedByDebtor":true,
                 "accelerationGraceDays":10,"instalments":[{"dueDate":"2026-07-31","amount":"4000.00"},
                 {"dueDate":"2026-08-31","amount":"4000.00"},{"dueDate":"2026-09-30","amount":"4000.00"}]}""");
        post(agent, "/v1/cases/" + id + "/events", """
                {"type":"PAYMENT","date":"2026-07-30","amount":"4000.00","reference":"VIR 12"}""");

        Reply reply = service.get("/v1/cases/" + id + "/follow-up?asOf=2026-09-15&lang=en", agent);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode f = reply.json();
        assertThat(f.get("asOf").asText()).isEqualTo("2026-09-15");
        assertThat(f.at("/missed/0/instalment").asInt()).isEqualTo(2);
        assertThat(f.at("/missed/0/status").asText()).isEqualTo("MISSED");
        assertThat(f.at("/missed/0/flaggedOn").asText()).isEqualTo("2026-09-01");
        assertThat(f.at("/missed/0/missing").isTextual()).isTrue();
        assertThat(f.at("/missed/0/missing").asText()).isEqualTo("4000.00");
        assertThat(f.at("/acceleration/on").asText()).isEqualTo("2026-09-11");
        assertThat(f.at("/acceleration/amount").asText()).isEqualTo("8000.00");
        assertThat(f.at("/statement/outstanding").isTextual()).isTrue();
        assertThat(f.at("/escalation/recommended").asBoolean()).isTrue();
        assertThat(f.at("/escalation/reasons/0/code").asText()).isEqualTo("COMMITMENTS_BROKEN");
        assertThat(f.at("/escalation/reasons/0/evidence/0").asLong()).isEqualTo(3);
        assertThat(f.at("/next/action").asText()).isEqualTo("SEND_FORMAL_NOTICE");
        assertThat(f.at("/next/letter").asText()).isEqualTo("MISE_EN_DEMEURE");
        assertThat(f.at("/dueSince").asText()).isEqualTo("2026-09-01");

        String lawyer = service.key("fu-plan", Role.LAWYER);
        Reply inFrench = service.get("/v1/cases/" + id + "/follow-up?asOf=2026-09-15", lawyer);
        assertThat(inFrench.json().at("/escalation/reasons/0/message").asText()).startsWith("Déchéance du terme");
        assertThat(service.get("/v1/cases/" + id + "/follow-up", service.key("fu-plan", Role.INGEST)).status())
                .isEqualTo(403);
        assertThat(service.get("/v1/cases/" + id + "/follow-up?asOf=2026-13-01", agent).status()).isEqualTo(422);
    }

    @Test
    void theWorkQueueListsTheTenantsCasesWithSomethingDueMostUrgentFirst() {
        String agent = service.key("fu-queue", Role.AGENT);
        String reminder = openCase(agent, "Q-REMINDER");
        claim(agent, reminder, "F-R", "2026-09-30", "5000.00");
        post(agent, "/v1/cases/" + reminder + "/events", """
                {"type":"CALL","date":"2026-10-01","direction":"OUTGOING","outcome":"NO_RESPONSE","summary":"standard"}""");
        String escalate = openCase(agent, "Q-ESCALATE");
        claim(agent, escalate, "F-E", "2026-09-30", "3000.00");
        badFaith(agent, escalate);
        openCase(agent, "Q-NOTHING-CLAIMED");
        String other = service.key("fu-queue-other", Role.AGENT);
        String elsewhere = openCase(other, "Q-OTHER-TENANT");
        claim(other, elsewhere, "F-O", "2026-09-30", "9000.00");
        badFaith(other, elsewhere);

        Reply reply = service.get("/v1/follow-up?due=2026-11-01&lang=en", agent);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode queue = reply.json();
        assertThat(queue.get("total").asLong()).isEqualTo(2);
        assertThat(references(queue)).containsExactly("Q-ESCALATE", "Q-REMINDER");
        assertThat(queue.at("/items/0/urgency").asText()).isEqualTo("ESCALATION");
        assertThat(queue.at("/items/0/next/letter").asText()).isEqualTo("MISE_EN_DEMEURE");
        assertThat(queue.at("/items/1/due/0/kind").asText()).isEqualTo("REMINDER");
        assertThat(queue.at("/items/1/due/0/date").asText()).isEqualTo("2026-10-08");
        assertThat(queue.at("/items/1/next/letter").asText()).isEqualTo("RELANCE");

        JsonNode second = service.get("/v1/follow-up?due=2026-11-01&page=2&size=1", agent).json();
        assertThat(references(second)).containsExactly("Q-REMINDER");
        assertThat(second.get("total").asLong()).isEqualTo(2);
        assertThat(references(service.get("/v1/follow-up?due=2026-11-01", other).json()))
                .containsExactly("Q-OTHER-TENANT");
        assertThat(service.get("/v1/follow-up?due=today", agent).status()).isEqualTo(200);
        Reply bad = service.get("/v1/follow-up?due=tomorrow&size=500", agent);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fields(bad)).contains("due");
        assertThat(service.get("/v1/follow-up", service.key("fu-queue", Role.LAWYER)).status()).isEqualTo(403);
    }

    @Test
    void anotherTenantsCaseHasNoFollowUp() {
        String owner = service.key("fu-owner", Role.AGENT);
        String id = openCase(owner, "FU-MINE");
        String stranger = service.key("fu-stranger", Role.AGENT);

        assertThat(service.get("/v1/cases/" + id + "/follow-up", stranger).status()).isEqualTo(404);
        assertThat(service.get("/v1/cases/" + id + "/follow-up", owner).status()).isEqualTo(200);
    }

    @Test
    void aTenantSetsItsOwnCadenceAndABadBodyIsRefusedWithEveryError() {
        String agent = service.key("fu-settings", Role.AGENT);
        JsonNode defaults = service.get("/v1/settings/follow-up", agent).json();
        assertThat(defaults.get("source").asText()).isEqualTo("DEFAULT");
        assertThat(defaults.at("/settings/reminderEveryDays/COMMERCIAL").asInt()).isEqualTo(7);
        assertThat(defaults.get("basis").asText()).contains("DESIGN.md");

        Reply bad = service.send("PUT", "/v1/settings/follow-up", agent, """
                {"reminderEveryDays":{"COMMERCIAL":0,"CLOSED_PAID":3},"upcomingWithinDays":7,
                 "noCommunication":{"attempts":3},"commitmentsBroken":2,"ageingDays":180,
                 "prescriptionWarningMonths":6,"colour":"red"}""", Map.of());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(bad)).containsExactlyInAnyOrder("colour", "reminderEveryDays.COMMERCIAL",
                "reminderEveryDays.CLOSED_PAID", "noCommunication.overDays");
        assertThat(service.get("/v1/settings/follow-up", agent).json().get("source").asText()).isEqualTo("DEFAULT");

        String cadence = """
                {"reminderEveryDays":{"COMMERCIAL":3,"PERSONALISED":2},"upcomingWithinDays":10,
                 "noCommunication":{"attempts":4,"overDays":30},"commitmentsBroken":1,"ageingDays":120,
                 "prescriptionWarningMonths":9}""";
        Reply saved = service.send("PUT", "/v1/settings/follow-up", agent, cadence, Map.of());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("source").asText()).isEqualTo("TENANT");
        assertThat(saved.json().get("updatedBy").asText()).startsWith("key:");

        String admin = service.key("fu-settings", Role.ADMIN);
        JsonNode read = service.get("/v1/settings/follow-up", admin).json();
        assertThat(read.at("/settings/reminderEveryDays/COMMERCIAL").asInt()).isEqualTo(3);
        assertThat(read.at("/settings/reminderEveryDays").has("PRE_LITIGATION")).isFalse();
        String id = openCase(agent, "FU-CADENCE");
        claim(agent, id, "F-C", "2026-09-30", "1000.00");
        assertThat(service.get("/v1/cases/" + id + "/follow-up", agent).json().at("/reminder/everyDays").asInt())
                .isEqualTo(3);

        assertThat(service.get("/v1/settings/follow-up", service.key("fu-settings-other", Role.AGENT)).json()
                .get("source").asText()).as("another tenant keeps the defaults").isEqualTo("DEFAULT");
        assertThat(service.send("PUT", "/v1/settings/follow-up", service.key("fu-settings", Role.LAWYER), cadence,
                Map.of()).status()).isEqualTo(403);
    }

    private static List<String> references(JsonNode page) {
        List<String> refs = new ArrayList<>();
        page.get("items").forEach(item -> refs.add(item.get("reference").asText()));
        return refs;
    }

    private static List<String> fields(Reply problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
