package org.bordereau.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bordereau.access.Principal;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.EventData;

/**
 * {@code POST /v1/cases/{id}/events}: log what happened (DESIGN.md §4), typed by {@code type}: CALL,
 * EMAIL, MEETING, PROMISE, DISPUTE, DISPUTE_ANSWERED, PAYMENT, PLAN_AGREED, STAGE_CHANGED, NOTE,
 * DECISION_MAKER_SET, DEBTOR_UPDATED, FORMAL_NOTICE_SENT, DEBT_ACKNOWLEDGED, CLAIM_ADDED,
 * CLAIM_DOCUMENTS_LINKED. STAGE_CHANGED and PLAN_AGREED need {@code expectedVersion} (409 if the case
 * moved since). Answers 201 with the stored event; its {@code seq} is the case's new version.
 */
final class CaseEventRoutes {
    private final CaseCommands commands;
    private final JsonBodies bodies;

    CaseEventRoutes(CaseCommands commands, JsonBodies bodies) {
        this.commands = commands;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/cases/{id}/events", this::record, Access.AGENT);
    }

    /** The stored event: {@code seq} (the case's new version), the data as stored, the new chain head. */
    record Recorded(long seq, String type, Instant at, String actor, EventData data, String chainHead) {
        static Recorded of(CaseEvent e) {
            return new Recorded(e.seq(), e.type(), e.at(), e.actor(), e.data(), e.hash());
        }
    }

    private void record(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        JsonBodies.Parsed<EventBody> body = bodies.parse(ctx, EventBody.class);
        EventBodies.Mapped mapped = EventBodies.map(body.value(), topLevelFields(ctx));
        List<Problem.FieldError> errors = new ArrayList<>(body.unknownFields());
        errors.addAll(mapped.errors());
        if (!errors.isEmpty()) { // every problem at once: the shape's, then the domain's on other fields
            if (mapped.data() != null) {
                Set<String> reported = new HashSet<>();
                errors.forEach(e -> reported.add(e.field()));
                commands.check(who.tenant(), caseId, body.value().expectedVersion(), mapped.data()).stream()
                        .filter(v -> !reported.contains(v.field()))
                        .forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
            }
            throw ProblemException.invalid("The request has " + errors.size() + " problem(s); see errors.", errors);
        }
        CaseEvent event = commands.record(who.tenant(), caseId, who.actor(), body.value().expectedVersion(),
                mapped.data());
        ctx.status(201).json(Recorded.of(event));
    }

    /** The names of the body's top-level members (the body already parsed, so it is a JSON object). */
    private java.util.Iterator<String> topLevelFields(Context ctx) {
        try {
            JsonNode tree = bodies.mapper().readTree(ctx.bodyAsBytes());
            return tree.fieldNames();
        } catch (IOException e) {
            throw new IllegalStateException("a body that parsed once parses again", e);
        }
    }
}
