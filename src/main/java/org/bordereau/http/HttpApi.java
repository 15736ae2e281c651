package org.bordereau.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.DownloadLinks;
import org.bordereau.access.Principal;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.dossier.DossierService;
import org.bordereau.letters.LetterService;
import org.bordereau.letters.StatementPdfs;
import org.bordereau.sign.Verifier;
import java.time.Clock;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.FollowUpSettings;
import org.bordereau.rules.FollowUps;
import org.bordereau.rules.Statements;
import org.bordereau.cases.Replays;
import org.bordereau.ingest.DocumentIntake;
import org.bordereau.ingest.EvidenceContent;
import io.javalin.config.SizeUnit;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTP API: composes every feature's routes on one Javalin instance. {@code Main} and the
 * tests both start the server through {@link #create}, so what is tested is what runs.
 */
public final class HttpApi {
    private static final Logger accessLog = LoggerFactory.getLogger("access");
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    private static final Set<String> HEALTH = Set.of("/health", "/ready");
    private static final String LINKS = "/v1/links/";

    /** What the HTTP layer needs from the rest of the service, wired in {@code app}. */
    public record Services(CaseService cases, ApiKeys keys, DownloadLinks links, DocumentIntake intake,
                           EvidenceContent evidence, Replays replays, HealthRoutes.Readiness readiness,
                           long maxRequestBytes, Path tempDir, CaseCommands commands,
                           CompletenessChecker completeness, Statements statements, FollowUps followUps,
                           FollowUpSettings followUpSettings, Outputs outputs, Metrics metrics) {}

    /** Where request timings go, and the text {@code GET /metrics} answers. */
    public record Metrics(MeterRegistry registry, Supplier<String> scrape) {}

    /** What the HTTP layer needs to issue, serve and verify outputs. */
    public record Outputs(LetterService letters, StatementPdfs statementPdfs, Verifier verifier, IssuedIndex issued,
                          DossierService dossiers, Clock clock) {}

    private final Javalin javalin;
    private final MeterRegistry meters;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    private HttpApi(Services services) {
        this.meters = services.metrics().registry();
        JsonBodies bodies = new JsonBodies();
        ObjectMapper responses = JsonBodies.newMapper();
        Problems problems = new Problems(responses);
        Security security = new Security(services.keys());
        HealthRoutes.Readiness readiness = () -> {
            if (draining.get()) {
                throw new ProblemException(Problem.of(503, "shutting-down", "Shutting down",
                        "This instance is stopping; send requests to another one."), "1");
            }
            services.readiness().check();
        };
        this.javalin = Javalin.create(config -> {
            configure(config, responses, services.maxRequestBytes(), services.tempDir());
            config.routes.before(this::enter);
            config.routes.before(HttpApi::refuseHead);
            config.routes.beforeMatched(security::check);
            problems.register(config.routes);
            new HealthRoutes(readiness).register(config.routes);
            new MetricsRoutes(services.metrics().scrape()).register(config.routes);
            new CaseRoutes(services.cases(), bodies).register(config.routes);
            new ClaimRoutes(services.cases(), services.commands(), bodies).register(config.routes);
            new CaseEventRoutes(services.commands(), bodies).register(config.routes);
            new RulesRoutes(services.cases(), services.completeness(), services.statements(),
                    services.outputs().statementPdfs()).register(config.routes);
            new LetterRoutes(services.outputs().letters(), services.replays(), bodies, responses,
                    services.outputs().clock()).register(config.routes);
            new DossierRoutes(services.outputs().dossiers(), services.replays(), bodies, responses,
                    services.outputs().clock()).register(config.routes);
            new VerifyRoutes(services.outputs().verifier(), services.outputs().issued(), services.maxRequestBytes())
                    .register(config.routes);
            new FollowUpRoutes(services.followUps(), services.followUpSettings(), bodies).register(config.routes);
            new KeyRoutes(services.keys(), bodies).register(config.routes);
            new LinkRoutes(services.links()).register(config.routes);
            new DocumentRoutes(services.intake(), services.evidence(), services.cases(), services.replays(), bodies,
                    responses, services.maxRequestBytes()).register(config.routes);
        });
    }

    public static HttpApi create(Services services) {
        return new HttpApi(services);
    }

    public HttpApi start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Graceful stop: {@code /ready} turns 503 at once so a load balancer stops sending traffic,
     * requests in flight get up to {@code grace} to finish, then the server closes.
     */
    public void stop(Duration grace) {
        draining.set(true);
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            log.warn("stopping with {} request(s) still in flight after {}", inFlight.get(), grace);
        }
        javalin.stop();
    }

    private void enter(Context ctx) {
        inFlight.incrementAndGet();
        RequestIds.assign(ctx);
    }

    /**
     * Javalin answers HEAD on every GET route by itself, without the route's handler or the key check that
     * runs before it: a 200 for any case id, known or not, with no key. Only the health checks take HEAD.
     */
    private static void refuseHead(Context ctx) {
        if (HandlerType.HEAD.equals(ctx.method()) && !HEALTH.contains(ctx.path())) {
            ctx.header("Allow", "GET");
            throw new ProblemException(Problem.of(405, "method-not-allowed", "Method not allowed",
                    "HEAD is answered only on /health and /ready: send GET, with your API key."));
        }
    }

    private void leave(Context ctx, Float ms) {
        try {
            Principal who = ctx.attribute(Security.ATTRIBUTE);
            // a download link's token is the key to a dossier until it expires: never in a log
            String path = ctx.path().startsWith(LINKS) ? LINKS + "…" : ctx.path();
            accessLog.info("method={} path={} status={} ms={} tenant={} actor={} requestId={}",
                    ctx.method(), path, ctx.statusCode(), String.format(Locale.ROOT, "%.1f", ms),
                    who == null ? "-" : who.tenant(), who == null ? "-" : who.actor(), RequestIds.of(ctx));
            Timer.builder("http.server.requests").description("HTTP requests, by route pattern (ids never)")
                    .tag("method", ctx.method().name()).tag("route", route(ctx))
                    .tag("status", Integer.toString(ctx.statusCode())).register(meters)
                    .record(Math.round(ms * 1000), TimeUnit.MICROSECONDS);
        } finally {
            MDC.remove("requestId");
            inFlight.decrementAndGet();
        }
    }

    /** The route pattern ({@code /v1/cases/{id}}), or "unmatched": one time series per route, not per id. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }

    private void configure(JavalinConfig config, ObjectMapper json, long maxRequestBytes, Path tempDir) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.maxRequestSize = 1024 * 1024; // JSON bodies read whole; uploads are streamed, limited in ingest
        config.jetty.multipartConfig.cacheDirectory(tempDir.toString());
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.multipartConfig.maxFileSize(maxRequestBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(maxRequestBytes + 1024 * 1024, SizeUnit.BYTES);
        config.http.defaultContentType = "application/json";
        config.router.ignoreTrailingSlashes = true;
        config.concurrency.useVirtualThreads = Runtime.version().feature() >= 21;
        config.requestLogger.http(this::leave);
    }
}
