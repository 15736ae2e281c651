package org.bordereau.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.app.App;
import org.bordereau.app.Config;
import org.bordereau.storage.BlobStore;

/** The real service on a random port over a given store, and a small HTTP client for it. */
public final class RunningService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final App app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningService(App app) {
        this.app = app;
    }

    /** The embedded default: a filesystem store in {@code dataDir}, download links included. */
    public static RunningService fs(Path dataDir) {
        int port = freePort();
        Config config = Config.fromEnv(env(dataDir, port));
        return new RunningService(App.fromConfig(config).start());
    }

    /** As {@link #fs(Path)}, with its scratch folder ({@code BORDEREAU_TMP}) in {@code tempDir}. */
    public static RunningService fs(Path dataDir, Path tempDir) {
        int port = freePort();
        Map<String, String> env = env(dataDir, port);
        env.put("BORDEREAU_TMP", tempDir.toString());
        return new RunningService(App.fromConfig(Config.fromEnv(env)).start());
    }

    /** As {@link #fs(Path)}, with more settings (environment variables of {@code Config}). */
    public static RunningService fs(Path dataDir, Map<String, String> settings) {
        int port = freePort();
        Map<String, String> env = env(dataDir, port);
        env.putAll(settings);
        return new RunningService(App.fromConfig(Config.fromEnv(env)).start());
    }

    /** The service over any store that presigns by itself (S3). */
    public static RunningService start(BlobStore store, Path dataDir) {
        Config config = Config.fromEnv(env(dataDir, 0));
        return new RunningService(new App(config, store, null, Clock.systemUTC()).start());
    }

    private static Map<String, String> env(Path dataDir, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("BORDEREAU_PORT", Integer.toString(port));
        env.put("BORDEREAU_HOST", "127.0.0.1");
        env.put("BORDEREAU_DATA", dataDir.toString());
        env.put("BORDEREAU_PUBLIC_URL", "http://127.0.0.1:" + port);
        return env;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public App app() {
        return app;
    }

    /** A new key's secret. */
    public String key(String tenant, Role role) {
        return app.keys().create(tenant, role, "test").secret();
    }

    public Reply get(String path, String key) {
        return send("GET", path, key, null, Map.of());
    }

    public Reply post(String path, String key, String json) {
        return send("POST", path, key, json, Map.of());
    }

    public Reply send(String method, String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
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

    /** A raw-body upload (e.g. a PDF to verify). */
    public Reply upload(String path, String key, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary download: status, headers and the exact bytes. */
    public Bytes download(String path, String key, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Bytes(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @Override
    public void close() {
        app.close();
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
