package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.TreeSet;
import org.bordereau.access.Role;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.EventType;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/cases/{id}/events logs what happened, typed by {@code type}. */
class CaseEventApiTest {
    @TempDir
    static Path dir;
    static ServiceWithDocuments service;
    static String agent;

    @BeforeAll
    static void start() {
        service = ServiceWithDocuments.start(dir.resolve("data"));
        agent = service.key("eventtest", Role.AGENT);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private String newCase(String reference) {
        Reply created = service.post("/v1/cases", agent, Samples.moroccanCase(reference, "Souss Négoce SA"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"F-1","issueDate":"2026-01-15","dueDate":"2026-02-14","amount":"10000.00"}""")
                .status()).isEqualTo(201);
        return id;
    }

    private Reply event(String id, String json) {
        return service.post("/v1/cases/" + id + "/events", agent, json);
    }

    @Test
    void everyFactTypeAnAgentRecordsHasItsFields() {
        TreeSet<String> facts = new TreeSet<>();
        for (EventType type : EventType.values()) {
            if (CaseCommands.isFact(type)) {
                facts.add(type.name());
            }
        }
        assertThat(EventBodies.FIELDS.keySet()).containsExactlyInAnyOrderElementsOf(facts);
    }

    @Test
    void aPaymentIsStoredAndLowersTheBalance() {
        String id = newCase("EVT-1");

        Reply paid = event(id, """
                {"type":"PAYMENT","date":"2026-04-10","amount":"2500.00","reference":"VIR 88"}""");

        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode body = paid.json();
        assertThat(body.get("type").asText()).isEqualTo("PAYMENT");
        assertThat(body.at("/data/amount").asText()).isEqualTo("2500.00");
        assertThat(body.get("seq").asLong()).isEqualTo(3);
        assertThat(body.get("chainHead").asText()).hasSize(64);
        assertThat(service.get("/v1/cases/" + id, agent).json().get("balance").asText()).isEqualTo("7500.00");
    }

    @Test
    void contactsPromisesAndPlansShowOnTheCase() {
        String id = newCase("EVT-2");
        assertThat(event(id, """
                {"type":"CALL","date":"2026-05-02","withWhom":"CFO","summary":"will pay half","outcome":"reached"}""")
                .status()).isEqualTo(201);
        assertThat(event(id, """
                {"type":"PROMISE","date":"2026-05-02","amount":"5000","dueDate":"2026-05-31","written":true}""")
                .status()).isEqualTo(201);
        long version = service.get("/v1/cases/" + id, agent).json().get("version").asLong();
        Reply plan = event(id, """
                {"type":"PLAN_AGREED","expectedVersion":%d,"date":"2026-06-01","signedByDebtor":true,
                 "instalments":[{"dueDate":"2026-06-30","amount":"5000.00"},{"dueDate":"2026-07-31","amount":"5000.00"}]}"""
                .formatted(version));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);

        JsonNode c = service.get("/v1/cases/" + id, agent).json();
        assertThat(c.at("/interactions/0/channel").asText()).isEqualTo("CALL");
        assertThat(c.at("/interactions/0/direction").asText()).isEqualTo("OUTGOING");
        assertThat(c.at("/commitments/promises/0/amount").asText()).isEqualTo("5000.00");
        assertThat(c.at("/commitments/plans/0/total").asText()).isEqualTo("10000.00");
        assertThat(c.at("/commitments/plans/0/instalments/1/dueDate").asText()).isEqualTo("2026-07-31");
    }

    @Test
    void theShapeAndTheFactsAreCheckedTogether() {
        String id = newCase("EVT-3");

        Reply refused = event(id, """
                {"type":"PAYMENT","date":"2026-04-10","amount":"-1","allocatedTo":"F-404","outcome":"REACHED","colour":"red"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("colour", "outcome", "amount", "allocatedTo");
        assertThat(event(id, "{\"type\":\"PHONE\"}").json().at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(event(id, """
                {"type":"CALL","date":"2026-05-02","summary":"x","outcome":"happy"}""").json().at("/errors/0/message")
                .asText()).contains("REACHED");
    }

    @Test
    void stageChangesNeedTheVersionTheyWereDecidedOn() {
        String id = newCase("EVT-4");
        long version = service.get("/v1/cases/" + id, agent).json().get("version").asLong();

        Reply moved = event(id, """
                {"type":"STAGE_CHANGED","stage":"PERSONALISED","reason":"promise missed","expectedVersion":%d}"""
                .formatted(version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(service.get("/v1/cases/" + id, agent).json().get("stage").asText()).isEqualTo("PERSONALISED");

        Reply stale = event(id, """
                {"type":"STAGE_CHANGED","stage":"PRE_LITIGATION","reason":"no answer","expectedVersion":%d}"""
                .formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        Reply skipping = event(id, """
                {"type":"STAGE_CHANGED","stage":"LITIGATION_READY","reason":"hurry","expectedVersion":%d}"""
                .formatted(version + 1));
        assertThat(skipping.status()).isEqualTo(422);
        assertThat(skipping.json().at("/errors/0/field").asText()).isEqualTo("stage");
        Reply noVersion = event(id, """
                {"type":"STAGE_CHANGED","stage":"PRE_LITIGATION","reason":"no answer"}""");
        assertThat(noVersion.json().at("/errors/0/field").asText()).isEqualTo("expectedVersion");
    }

    @Test
    void aDisputeIsAnsweredByItsSeq() {
        String id = newCase("EVT-5");
        long dispute = event(id, """
                {"type":"DISPUTE","date":"2026-05-05","text":"goods damaged","written":true,"invoiceNumbers":["F-1"]}""")
                .json().get("seq").asLong();

        Reply answered = event(id, """
                {"type":"DISPUTE_ANSWERED","dispute":%d,"date":"2026-05-08","text":"signed without reservation"}"""
                .formatted(dispute));

        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(service.get("/v1/cases/" + id, agent).json().at("/disputes/0/answer/date").asText())
                .isEqualTo("2026-05-08");
    }
}
