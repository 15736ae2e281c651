package org.bordereau.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.access.Principal;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.rules.FollowUpRules;
import org.bordereau.rules.FollowUpSettings;
import org.bordereau.rules.FollowUps;

/**
 * Follow-up: {@code GET /v1/cases/{id}/follow-up?asOf=&lang=} (agent, lawyer), the tenant's work queue
 * {@code GET /v1/follow-up?due=today|YYYY-MM-DD&page=&size=&lang=} (agent), and the tenant's cadence
 * and thresholds {@code GET/PUT /v1/settings/follow-up} (agent, admin). Amounts are strings.
 */
final class FollowUpRoutes {
    private static final Access[] FOLLOW_UP_READERS = {Access.AGENT, Access.LAWYER};
    private static final Access[] SETTINGS_EDITORS = {Access.AGENT, Access.ADMIN};
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final FollowUps followUps;
    private final FollowUpSettings settings;
    private final JsonBodies bodies;
    private final ObjectMapper json;

    FollowUpRoutes(FollowUps followUps, FollowUpSettings settings, JsonBodies bodies) {
        this.followUps = followUps;
        this.settings = settings;
        this.bodies = bodies;
        this.json = JsonBodies.newMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.json.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/cases/{id}/follow-up", this::followUp, FOLLOW_UP_READERS);
        routes.get("/v1/follow-up", this::queue, Access.AGENT);
        routes.get("/v1/settings/follow-up", this::readSettings, SETTINGS_EDITORS);
        routes.put("/v1/settings/follow-up", this::writeSettings, SETTINGS_EDITORS);
    }

    private void followUp(Context ctx) {
        Principal who = Security.principal(ctx);
        LocalDate asOf = RulesRoutes.asOf(ctx);
        write(ctx, followUps.of(who.tenant(), ctx.pathParam("id"), asOf, RulesRoutes.language(ctx)));
    }

    private void queue(Context ctx) {
        Principal who = Security.principal(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate day = due(ctx.queryParam("due"), errors);
        int page = number(ctx.queryParam("page"), 1, "page", errors);
        int size = number(ctx.queryParam("size"), DEFAULT_PAGE_SIZE, "size", errors);
        String language = RulesRoutes.language(ctx);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Invalid query parameter(s).", errors);
        }
        write(ctx, followUps.queue(who.tenant(), day, language, page, size));
    }

    private void readSettings(Context ctx) {
        write(ctx, settings.get(Security.principal(ctx).tenant()));
    }

    private void writeSettings(Context ctx) {
        Principal who = Security.principal(ctx);
        JsonBodies.Parsed<FollowUpRules.Draft> body = bodies.parse(ctx, FollowUpRules.Draft.class);
        List<Problem.FieldError> errors = new ArrayList<>(body.unknownFields());
        try {
            FollowUpRules.validate(body.value());
        } catch (InvalidCommandException e) {
            e.violations().forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
        }
        if (!errors.isEmpty()) { // unknown fields and bad values in one answer
            throw ProblemException.invalid("The settings have " + errors.size() + " problem(s); see errors. "
                    + "GET /v1/settings/follow-up shows the settings in force.", errors);
        }
        write(ctx, settings.put(who.tenant(), who.actor(), body.value()));
    }

    /** {@code due}: absent or "today" = each case's today (null); else a date. */
    private static LocalDate due(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("today")) {
            return null;
        }
        String problem = RulesRoutes.dayProblem(value);
        if (problem != null) {
            errors.add(new Problem.FieldError("due", problem + ", or 'today'"));
            return null;
        }
        return LocalDate.parse(value.strip());
    }

    private static int number(String value, int fallback, String name, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a whole number"));
            return fallback;
        }
    }

    private void write(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model always serialises", e);
        }
    }
}
