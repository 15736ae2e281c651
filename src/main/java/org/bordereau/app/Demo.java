package org.bordereau.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.bordereau.access.IssuedKey;
import org.bordereau.access.Role;

/**
 * {@code demo}: walks the bundled sample case ({@code demo/case.json}, files in {@code demo/files/})
 * through the HTTP API of a server started in this process on the configured store, exactly as an
 * agent's tool would, then writes the completeness report, the statement, a signed letter and the
 * signed dossier to the output folder. What it shows is what the API does.
 */
final class Demo {
    private static final String TENANT = "demo";
    private static final Duration DOSSIER_WAIT = Duration.ofMinutes(5);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out;
    private final Path outDir;
    private String base;
    private String key;

    private Demo(PrintStream out, Path outDir) {
        this.out = out;
        this.outDir = outDir;
    }

    static int run(Config config, String[] args, PrintStream out, PrintStream err) {
        Path outDir = Path.of(args.length >= 2 && "--out".equals(args[0]) ? args[1] : "out");
        Config local = config.withAddress("127.0.0.1", 0);
        try (App app = App.fromConfig(local).start()) {
            IssuedKey agent = app.keys().create(TENANT, Role.AGENT, "demo run");
            Demo demo = new Demo(out, outDir);
            demo.base = "http://127.0.0.1:" + app.port();
            demo.key = agent.secret();
            demo.walk();
            return Main.OK;
        } catch (DemoFailed e) {
            err.println("bordereau: demo stopped: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FAILED;
        }
    }

    private void walk() throws IOException, InterruptedException {
        JsonNode scenario = json.readTree(resource("demo/case.json"));
        Map<String, String> vars = new HashMap<>();
        vars.put("ref", "DEMO-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        JsonNode created = call("POST", "/v1/cases", fill(scenario.get("case"), vars), 201);
        String caseId = created.get("id").asText();
        vars.put("case", caseId);
        out.printf("case %s (%s) opened for tenant %s%n", created.get("reference").asText(), caseId, TENANT);
        for (JsonNode d : scenario.get("documents")) {
            String file = d.get("file").asText();
            JsonNode doc = upload(caseId, file, d.path("kind").asText(null));
            vars.put("doc:" + file, doc.get("id").asText());
            out.printf("  document %-45s %-15s %s%n", file, doc.path("kind").asText(), doc.path("fields").size() + " field(s) read");
        }
        for (JsonNode c : scenario.get("claims")) {
            call("POST", "/v1/cases/" + caseId + "/claims", fill(c, vars), 201);
        }
        for (JsonNode e : scenario.get("events")) {
            call("POST", "/v1/cases/" + caseId + "/events", fill(e, vars), 201);
        }
        Files.createDirectories(outDir);
        JsonNode completeness = call("GET", "/v1/cases/" + caseId + "/completeness", null, 200);
        write("completeness.json", completeness);
        out.printf("completeness: readyForAmicable=%s readyForLitigation=%s%n",
                completeness.path("readyForAmicable").asText(), completeness.path("readyForLitigation").asText());
        JsonNode statement = call("GET", "/v1/cases/" + caseId + "/statement", null, 200);
        write("statement.json", statement);
        out.printf("statement: total due %s %s%n", statement.path("totals").path("totalDue").asText(),
                statement.path("currency").asText());
        JsonNode letter = call("POST", "/v1/cases/" + caseId + "/letters", scenario.get("letter"), 201);
        Path letterFile = download(letter.get("contentUrl").asText(), "letter-" + letter.get("kind").asText() + "-"
                + letter.get("language").asText() + ".pdf");
        out.printf("letter %s: %d page(s), %s, sha256 %s -> %s%n", letter.get("kind").asText(),
                letter.get("pages").asInt(), letter.get("sealLevel").asText(), letter.get("sha256").asText(), letterFile);
        dossier(caseId, scenario.get("dossier"));
    }

    private void dossier(String caseId, JsonNode request) throws IOException, InterruptedException {
        HttpResponse<String> accepted = send("POST", "/v1/cases/" + caseId + "/dossiers", request);
        expect(accepted, 202);
        String location = accepted.headers().firstValue("Location").orElseThrow(() -> new DemoFailed("202 without Location"));
        long deadline = System.nanoTime() + DOSSIER_WAIT.toNanos();
        JsonNode status;
        do {
            Thread.sleep(200);
            status = call("GET", location, null, 200);
        } while (!"READY".equals(status.path("status").asText()) && !"FAILED".equals(status.path("status").asText())
                && System.nanoTime() < deadline);
        if (!"READY".equals(status.path("status").asText())) {
            throw new DemoFailed("dossier " + status.path("status").asText() + ": " + status.path("failure").asText(""));
        }
        Path file = download(location + "/content", "dossier.pdf");
        out.printf("dossier: %d page(s), %d exhibit(s), sha256 %s -> %s%n", status.path("pages").asInt(),
                status.path("exhibits").asInt(), status.path("sha256").asText(), file);
    }

    private JsonNode upload(String caseId, String file, String kind) throws IOException, InterruptedException {
        byte[] bytes = resource("demo/files/" + file).readAllBytes();
        String query = "?filename=" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20")
                + (kind == null ? "" : "&kind=" + kind);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/cases/" + caseId + "/documents" + query))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        expect(response, 201);
        return json.readTree(response.body());
    }

    private Path download(String path, String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)
                .GET().build();
        Path target = outDir.resolve(name);
        HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
        if (response.statusCode() != 200) {
            throw new DemoFailed("GET " + path + " answered " + response.statusCode());
        }
        return target;
    }

    private JsonNode call(String method, String path, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        expect(response, expected);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new DemoFailed(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    /** Replaces {@code {name}} placeholders in every string of {@code node}. */
    private JsonNode fill(JsonNode node, Map<String, String> vars) throws IOException {
        String text = node.toString();
        for (Iterator<Map.Entry<String, String>> it = vars.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> v = it.next();
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return json.readTree(text);
    }

    private void write(String name, JsonNode node) throws IOException {
        Files.writeString(outDir.resolve(name), json.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    private static InputStream resource(String name) {
        InputStream in = Demo.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new DemoFailed("missing from the jar: " + name);
        }
        return in;
    }

    private static final class DemoFailed extends RuntimeException {
        DemoFailed(String message) {
            super(message);
        }
    }
}
