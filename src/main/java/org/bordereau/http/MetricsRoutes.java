package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: Prometheus text, public like {@code /health} (scrapers carry no API key); it
 * names no tenant, case or key, only routes, statuses and counts.
 */
final class MetricsRoutes {
    private final Supplier<String> scrape;

    MetricsRoutes(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(scrape.get()));
    }
}
