package org.bordereau.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.bordereau.dossier.DossierService;

/**
 * {@code GET /metrics} (DESIGN.md §4), in Prometheus text format: the JVM (heap, GC, threads, CPU,
 * uptime), HTTP requests by route pattern and status (recorded by the HTTP layer) and this instance's
 * dossier builds. One registry per service, no global one; no tenant, case or key in any label.
 */
final class Monitoring implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Monitoring(DossierService dossiers) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("bordereau.dossier.builds", dossiers, d -> d.activity().queued()).tag("state", "queued")
                .description("Dossier builds waiting on this instance").register(registry);
        Gauge.builder("bordereau.dossier.builds", dossiers, d -> d.activity().building()).tag("state", "building")
                .description("Dossier builds running on this instance").register(registry);
        FunctionCounter.builder("bordereau.dossier.builds.ended", dossiers, d -> d.activity().built())
                .tag("outcome", "ready").description("Dossier builds ended READY since start").register(registry);
        FunctionCounter.builder("bordereau.dossier.builds.ended", dossiers, d -> d.activity().failed())
                .tag("outcome", "failed").description("Dossier builds ended FAILED since start").register(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** The text a Prometheus server scrapes. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
