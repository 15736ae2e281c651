package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.access.Principal;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Claim;
import org.bordereau.cases.EventData;
import org.bordereau.cases.ProposedClaim;

/** {@code /v1/cases/{id}/claims}: confirm an invoice claim; list claims and the ones proposed from invoices. */
final class ClaimRoutes {
    private static final String BASE = "/v1/cases/{id}/claims";

    private final CaseService cases;
    private final CaseCommands commands;
    private final JsonBodies bodies;

    ClaimRoutes(CaseService cases, CaseCommands commands, JsonBodies bodies) {
        this.cases = cases;
        this.commands = commands;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post(BASE, this::add, Access.AGENT);
        routes.get(BASE, this::list, Access.CASE_READERS);
    }

    /** DESIGN.md §4: {"invoiceNumber","issueDate","dueDate","amount":"10000.00","documentIds":[...]}. */
    record ClaimBody(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal amount, String currency,
                     List<String> documentIds, String note) {
        EventData.ClaimAdded toData() {
            return new EventData.ClaimAdded(invoiceNumber, issueDate, dueDate, amount, currency, documentIds, note);
        }
    }

    /** The claims, the balance, and the invoices read but not confirmed yet. */
    record ClaimList(String currency, List<Claim> claims, String balance, List<ProposedClaim> proposed) {}

    private void add(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        JsonBodies.Parsed<ClaimBody> body = bodies.parse(ctx, ClaimBody.class);
        EventData.ClaimAdded claim = body.value().toData();
        if (!body.unknownFields().isEmpty()) { // name every problem at once
            List<Problem.FieldError> errors = new ArrayList<>(body.unknownFields());
            commands.check(who.tenant(), caseId, null, claim)
                    .forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
            throw ProblemException.invalid("The request has " + errors.size() + " problem(s); see errors.", errors);
        }
        Claim added = commands.addClaim(who.tenant(), caseId, who.actor(), claim);
        ctx.status(201).header("Location", "/v1/cases/" + caseId + "/claims").json(added);
    }

    private void list(Context ctx) {
        Principal who = Security.principal(ctx);
        Case file = cases.get(who.tenant(), ctx.pathParam("id"));
        ctx.json(new ClaimList(file.currency(), file.recovery().claims(), file.recovery().balance().toPlainString(),
                ProposedClaim.of(file)));
    }
}
