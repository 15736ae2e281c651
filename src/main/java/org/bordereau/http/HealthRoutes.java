package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** Liveness ({@code /health}: the process answers) and readiness ({@code /ready}: storage answers). */
final class HealthRoutes {
    private final Readiness readiness;

    HealthRoutes(Readiness readiness) {
        this.readiness = readiness;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/ready", this::ready);
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
