package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** Liveness ({@code /health}), readiness ({@code /ready}: storage answers) and the API description. */
final class HealthRoutes {
    private final Readiness readiness;

    HealthRoutes(Readiness readiness) {
        this.readiness = readiness;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/ready", this::ready);
        routes.get("/openapi.json", this::openapi);
    }

    private void openapi(Context ctx) throws java.io.IOException {
        try (java.io.InputStream in = HealthRoutes.class.getResourceAsStream("/http/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void ready(Context ctx) {
        readiness.check(); // throws StorageUnavailableException → 503 with Retry-After
        ctx.json(Map.of("status", "READY"));
    }

    /** What must answer before traffic is accepted; throws when it does not. */
    @FunctionalInterface
    public interface Readiness {
        void check();
    }
}
