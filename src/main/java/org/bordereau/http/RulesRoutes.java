package org.bordereau.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bordereau.access.Principal;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseService;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.Statements;
import org.bordereau.letters.StatementPdfs;

/**
 * {@code GET /v1/cases/{id}/completeness?lang=&asOf=} and {@code GET /v1/cases/{id}/statement?asOf=}:
 * the checklist and the statement of account of a case, as JSON. Amounts are written as strings
 * ("1234.50"), never as binary numbers. {@code asOf} defaults to today in the case's zone; the
 * language to {@code lang}, else the first of fr/ar/en in {@code Accept-Language}, else fr.
 */
final class RulesRoutes {
    private static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");
    private static final String DEFAULT_LANGUAGE = "fr";

    private final CaseService cases;
    private final CompletenessChecker completeness;
    private final Statements statements;
    private final StatementPdfs pdfs;
    private final ObjectMapper json;

    RulesRoutes(CaseService cases, CompletenessChecker completeness, Statements statements, StatementPdfs pdfs) {
        this.pdfs = pdfs;
        this.cases = cases;
        this.completeness = completeness;
        this.statements = statements;
        this.json = JsonBodies.newMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.json.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/cases/{id}/completeness", this::completeness, Access.CASE_READERS);
        routes.get("/v1/cases/{id}/statement", this::statement, Access.CASE_READERS);
    }

    private void completeness(Context ctx) {
        Principal who = Security.principal(ctx);
        LocalDate asOf = asOf(ctx);
        String language = language(ctx);
        Case file = cases.get(who.tenant(), ctx.pathParam("id"));
        write(ctx, completeness.check(file, asOf, language));
    }

    private void statement(Context ctx) {
        Principal who = Security.principal(ctx);
        String accept = ctx.header("Accept");
        LocalDate asOf = asOf(ctx);
        if (accept != null && accept.contains("application/pdf") && !accept.contains("json")) {
            // A sealed PDF/A made now from the case as it stands; the language as for completeness.
            String language = language(ctx);
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            pdfs.write(who.tenant(), ctx.pathParam("id"), asOf, language, pdf);
            ctx.header("Content-Disposition", ContentDisposition.attachment("statement-" + ctx.pathParam("id") + ".pdf",
                    "statement")).header("X-Content-Type-Options", "nosniff");
            ctx.result(pdf.toByteArray());
            Binary.contentType(ctx, "application/pdf");
            return;
        }
        Case file = cases.get(who.tenant(), ctx.pathParam("id"));
        write(ctx, statements.of(file, asOf));
    }

    /** {@code ?asOf=} as a date, or null when absent; 422 when it is not YYYY-MM-DD or out of range. */
    static LocalDate asOf(Context ctx) {
        String value = ctx.queryParam("asOf");
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = dayProblem(value);
        if (problem != null) {
            throw ProblemException.invalid("Invalid query parameter.", List.of(new Problem.FieldError("asOf", problem)));
        }
        return LocalDate.parse(value.strip());
    }

    /**
     * Why a query's day is refused, or null: a date as YYYY-MM-DD within {@link CaseDates#EARLIEST} and
     * {@link CaseDates#LATEST} (interest steps through every half-year up to it).
     */
    static String dayProblem(String value) {
        try {
            return CaseDates.inRange(LocalDate.parse(value.strip())) ? null
                    : CaseDates.outOfRange() + " (as YYYY-MM-DD)";
        } catch (DateTimeParseException e) {
            return "must be a date as YYYY-MM-DD";
        }
    }

    /** {@code ?lang=}, else the first of fr/ar/en in {@code Accept-Language}, else fr; 422 for another lang. */
    static String language(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && !asked.isBlank()) {
            String lang = asked.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(lang)) {
                throw ProblemException.invalid("Invalid query parameter.",
                        List.of(new Problem.FieldError("lang", "must be fr, ar or en")));
            }
            return lang;
        }
        String header = ctx.header("Accept-Language");
        if (header == null) {
            return DEFAULT_LANGUAGE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return DEFAULT_LANGUAGE; // a malformed preference is no preference (RFC 9110 §12.5.4 lets us ignore it)
        }
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-")[0];
            if (LANGUAGES.contains(primary) && range.getWeight() > 0) {
                return primary;
            }
        }
        return DEFAULT_LANGUAGE;
    }

    private void write(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model always serialises", e);
        }
    }
}
