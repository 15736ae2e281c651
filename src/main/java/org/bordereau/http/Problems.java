package org.bordereau.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.bordereau.cases.CaseNotFoundException;
import org.bordereau.cases.DocumentNotFoundException;
import org.bordereau.ingest.DocumentRejectedException;
import org.bordereau.cases.ConcurrentUpdateException;
import org.bordereau.cases.CorruptLogException;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.dossier.DossierBusyException;
import org.bordereau.dossier.DossierNotFoundException;
import org.bordereau.dossier.DossierNotReadyException;
import org.bordereau.dossier.DossierStatus;
import org.bordereau.letters.LetterNotFoundException;
import org.bordereau.sign.TimestampUnavailableException;
import org.bordereau.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become RFC 9457 responses (STYLE.md §4). The client gets a safe,
 * actionable problem; the internal exception with its cause chain goes to the log with the
 * request id. Never a stack trace, a storage key or a path in a response.
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", e.retryAfterSeconds());
            }
            write(ctx, e.problem());
        });
        routes.exception(InvalidCommandException.class, (e, ctx) -> write(ctx,
                Problem.of(422, "validation", "Invalid request",
                                "The request has " + e.violations().size() + " invalid field(s); see errors.")
                        .withErrors(e.violations().stream()
                                .map(v -> new Problem.FieldError(v.field(), v.message())).toList())));
        routes.exception(CaseNotFoundException.class, (e, ctx) -> write(ctx,
                Problem.of(404, "case-not-found", "Case not found",
                        "No case with this id exists for your tenant. List your cases with GET /v1/cases.")));
        routes.exception(DocumentNotFoundException.class, (e, ctx) -> write(ctx,
                Problem.of(404, "document-not-found", "Document not found",
                        "This case has no document with this id. List them with GET /v1/cases/{id}/documents.")));
        routes.exception(LetterNotFoundException.class, (e, ctx) -> write(ctx,
                Problem.of(404, "letter-not-found", "Letter not found",
                        "This case has no letter with this id. List them with GET /v1/cases/{id}/letters.")));
        routes.exception(DossierNotFoundException.class, (e, ctx) -> write(ctx,
                Problem.of(404, "dossier-not-found", "Dossier not found",
                        "This case has no dossier with this id. List them with GET /v1/cases/{id}/dossiers.")));
        routes.exception(DossierNotReadyException.class, (e, ctx) -> {
            DossierStatus s = e.status();
            boolean failed = s.state() == DossierStatus.State.FAILED;
            if (!failed) {
                ctx.header("Retry-After", "5");
            }
            write(ctx, Problem.of(409, "dossier-not-ready", "Dossier not ready",
                    failed ? "This dossier failed and has nothing to download: " + s.failure()
                            + " Request a new one with POST /v1/cases/{id}/dossiers."
                            : "This dossier is " + s.state() + " (" + s.done() + "/" + s.total()
                            + " exhibits converted). Poll GET /v1/cases/{id}/dossiers/" + s.id()
                            + " until its status is READY."));
        });
        routes.exception(DossierBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfter().toSeconds()));
            write(ctx, Problem.of(503, "dossier-busy", "Too many dossiers being built",
                    "Every dossier build slot of this server is taken; nothing was recorded. Retry in "
                            + e.retryAfter().toSeconds() + " seconds."));
        });
        routes.exception(TimestampUnavailableException.class, (e, ctx) -> {
            log.warn("timestamp authority failed: {}", e.getMessage());
            ctx.header("Retry-After", "30");
            write(ctx, Problem.of(503, "timestamp-unavailable", "Timestamp authority unavailable",
                    "The document could not be timestamped (BORDEREAU_TSA_ON_FAILURE=fail), so nothing was issued. "
                            + "Retry later, or ask your administrator about the timestamp authority."));
        });
        routes.exception(DocumentRejectedException.class, (e, ctx) -> write(ctx, rejected(e)));
        routes.exception(ConcurrentUpdateException.class, (e, ctx) -> write(ctx,
                Problem.of(409, "conflict", "Changed meanwhile",
                        "The case was changed by someone else (now at version " + e.actual()
                                + "). Read it again and repeat your change if it still applies.")));
        routes.exception(CorruptLogException.class, (e, ctx) -> {
            log.error("integrity failure: {}", e.getMessage());
            write(ctx, Problem.of(500, "integrity", "Case log failed its integrity check",
                    "The stored history of this case does not verify, so it is not shown. This has been "
                            + "logged with request id " + RequestIds.of(ctx) + "; contact your administrator."));
        });
        routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            log.warn("storage unavailable: {}", e.getMessage(), e);
            ctx.header("Retry-After", "5");
            write(ctx, Problem.of(503, "storage-unavailable", "Storage unavailable",
                    "The evidence store cannot be reached right now; nothing was changed. Retry in a few seconds."));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(500, "internal", "Internal error",
                    "Something went wrong on our side; it has been logged with request id "
                            + RequestIds.of(ctx) + ". Retry, or report that id."));
        });
    }

    private static Problem rejected(DocumentRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> Problem.of(400, "empty-file", "Empty file", e.detail());
            case BAD_FILENAME -> Problem.of(400, "bad-filename", "Unacceptable file name", e.detail());
            case TOO_LARGE -> Problem.of(413, "too-large", "File too large", e.detail());
            case UNSUPPORTED_TYPE -> Problem.of(415, "unsupported-type", "File type not accepted", e.detail());
            case ENCRYPTED -> Problem.of(422, "encrypted", "Protected file", e.detail());
            case CORRUPT -> Problem.of(422, "corrupt", "Damaged file", e.detail());
            case TOO_COMPLEX -> Problem.of(422, "too-complex", "File refused for safety", e.detail());
            case TIMEOUT -> Problem.of(422, "parse-timeout", "File took too long to read", e.detail());
        };
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> Problem.of(404, "no-such-route", "Not found",
                    "No resource at " + ctx.method() + " " + ctx.path() + ". See /openapi.json for the API.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not supported on " + ctx.path() + ".");
            case 413 -> Problem.of(413, "too-large", "Request too large", "The request body exceeds the size limit.");
            default -> Problem.of(e.getStatus(), "http-" + e.getStatus(), "HTTP " + e.getStatus(),
                    e.getMessage() == null ? "" : e.getMessage());
        };
    }

    void write(Context ctx, Problem problem) {
        Problem located = problem.at(ctx.path(), RequestIds.of(ctx));
        try {
            ctx.status(problem.status()).contentType(MEDIA_TYPE).result(json.writeValueAsBytes(located));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }

}
