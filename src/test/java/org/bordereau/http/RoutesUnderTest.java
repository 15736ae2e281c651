package org.bordereau.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.Role;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.ExtractedField;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.CompletenessPacks;
import org.bordereau.rules.LitigationGate;
import org.bordereau.rules.RulePacks;
import org.bordereau.rules.StatementCalculator;
import org.bordereau.rules.Statements;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.testing.RunningService.Reply;

/**
 * The claim, event and rules routes on a real Javalin server, composed as {@link HttpApi} composes
 * routes (same JSON mapper, security, problems), until {@code HttpApi} registers them: then these tests
 * move to {@code RunningService.fs(dir)} and this class goes. Same client methods as RunningService.
 */
final class RoutesUnderTest implements AutoCloseable {
    final CaseService cases;
    private final ApiKeys keys;
    private final Javalin javalin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int documents;

    private RoutesUnderTest(Path dir) {
        Clock clock = Clock.systemUTC();
        FileBlobStore store = new FileBlobStore(dir);
        keys = new ApiKeys(store, clock);
        cases = new CaseService(store, clock);
        RulePacks latePayment = RulePacks.load();
        CompletenessChecker completeness = new CompletenessChecker(CompletenessPacks.load(), latePayment, clock);
        Statements statements = new Statements(new StatementCalculator(latePayment), clock);
        CaseCommands commands = new CaseCommands(cases, clock, new LitigationGate(completeness));
        JsonBodies bodies = new JsonBodies();
        ObjectMapper responses = JsonBodies.newMapper();
        Problems problems = new Problems(responses);
        Security security = new Security(keys);
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(responses, false));
            config.http.defaultContentType = "application/json";
            config.routes.before(RequestIds::assign);
            config.routes.beforeMatched(security::check);
            problems.register(config.routes);
            new CaseRoutes(cases, bodies).register(config.routes);
            new ClaimRoutes(cases, commands, bodies).register(config.routes);
            new CaseEventRoutes(commands, bodies).register(config.routes);
            new RulesRoutes(cases, completeness, statements).register(config.routes);
        }).start("127.0.0.1", 0);
    }

    static RoutesUnderTest start(Path dir) {
        return new RoutesUnderTest(dir);
    }

    String key(String tenant, Role role) {
        return keys.create(tenant, role, "test").secret();
    }

    /** A document as ingestion would record it (upload is issue 4's route). */
    String document(String tenant, String caseId, DocumentKind kind, Map<String, String> fields) {
        String id = String.format("01JHT%021d", ++documents);
        Map<String, ExtractedField> extracted = new java.util.HashMap<>();
        fields.forEach((k, v) -> extracted.put(k, new ExtractedField(v, ExtractedField.TEXT, 0.9)));
        cases.record(tenant, caseId, "key:test", new EventData.DocumentAdded(id, "c".repeat(60) + String.format("%04d",
                documents), 10, "application/pdf", "application/pdf", kind + ".pdf",
                new Document.Extraction(kind, 0.9, extracted), Map.of(), List.of(), null, null));
        return id;
    }

    Reply get(String path, String key) {
        return send("GET", path, key, null, Map.of());
    }

    Reply post(String path, String key, String json) {
        return send("POST", path, key, json, Map.of());
    }

    Reply send(String method, String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
