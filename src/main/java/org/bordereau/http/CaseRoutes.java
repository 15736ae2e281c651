package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bordereau.access.Principal;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseQuery;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.NewCase;
import org.bordereau.cases.Stage;

/** {@code /v1/cases}: open, read and list a tenant's cases. */
final class CaseRoutes {
    private static final int MAX_PAGE_SIZE = 100;

    private final CaseService cases;
    private final JsonBodies bodies;

    CaseRoutes(CaseService cases, JsonBodies bodies) {
        this.cases = cases;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/cases", this::create, Access.CASE_CREATORS);
        routes.get("/v1/cases", this::list, Access.CASE_READERS);
        routes.get("/v1/cases/{id}", this::get, Access.CASE_READERS);
    }

    private void create(Context ctx) {
        Principal who = Security.principal(ctx);
        JsonBodies.Parsed<CaseRequests.CreateCase> body = bodies.parse(ctx, CaseRequests.CreateCase.class);
        NewCase command = body.value().toCommand();
        if (!body.unknownFields().isEmpty()) { // name every problem at once, not the unknown fields first
            List<Problem.FieldError> errors = new ArrayList<>(body.unknownFields());
            cases.check(command).forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
            throw ProblemException.invalid("The request has " + errors.size() + " problem(s); see errors.", errors);
        }
        Case created = cases.create(who.tenant(), who.actor(), command);
        ctx.status(201).header("Location", "/v1/cases/" + created.id()).json(created);
    }

    private void get(Context ctx) {
        Principal who = Security.principal(ctx);
        ctx.json(cases.get(who.tenant(), ctx.pathParam("id")));
    }

    private void list(Context ctx) {
        Principal who = Security.principal(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        Stage stage = parseStage(ctx.queryParam("stage"), errors);
        int page = parseInt(ctx.queryParam("page"), 1, 1, Integer.MAX_VALUE, "page", errors);
        int size = parseInt(ctx.queryParam("size"), 20, 1, MAX_PAGE_SIZE, "size", errors);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            errors.add(new Problem.FieldError("q", "is longer than 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Invalid query parameter(s).", errors);
        }
        ctx.json(cases.list(who.tenant(), new CaseQuery(stage, q == null || q.isBlank() ? null : q.trim(), page, size)));
    }

    private static Stage parseStage(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("stage", "must be one of " + Arrays.toString(Stage.values())));
            return null;
        }
    }

    private static int parseInt(String value, int fallback, int min, int max, String name,
                                List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max)));
        return fallback;
    }
}
