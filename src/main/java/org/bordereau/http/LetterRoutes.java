package org.bordereau.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bordereau.access.Principal;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Replays;
import org.bordereau.cases.Ulids;
import org.bordereau.letters.LetterRequest;
import org.bordereau.letters.LetterService;

/**
 * {@code /v1/cases/{id}/letters}: issue a signed letter (idempotent with {@code Idempotency-Key}, even
 * when retries race on several instances), list them, read one, download its PDF.
 */
final class LetterRoutes {
    private static final String BASE = "/v1/cases/{id}/letters";

    private final LetterService letters;
    private final Replays replays;
    private final JsonBodies bodies;
    private final ObjectMapper json;
    private final Clock clock;
    private final Ulids ids;

    LetterRoutes(LetterService letters, Replays replays, JsonBodies bodies, ObjectMapper json, Clock clock) {
        this.letters = letters;
        this.replays = replays;
        this.bodies = bodies;
        this.json = json;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    void register(RoutesConfig routes) {
        routes.post(BASE, this::issue, Access.AGENT);
        routes.get(BASE, this::list, Access.AGENT, Access.LAWYER);
        routes.get(BASE + "/{letterId}", this::get, Access.AGENT, Access.LAWYER);
        routes.get(BASE + "/{letterId}/content", this::content, Access.AGENT, Access.LAWYER);
    }

    record InstalmentBody(LocalDate dueDate, BigDecimal amount) {}

    record PlanBody(List<InstalmentBody> instalments, String security, Integer accelerationGraceDays) {}

    /** DESIGN.md §4: {@code {kind, language, deadlineDays?, plan?, appendInvoices?}}. */
    record LetterBody(String kind, String language, Integer deadlineDays, PlanBody plan, Boolean appendInvoices) {}

    private void issue(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        String key = ctx.header(Idempotency.HEADER);
        String scope = "POST /v1/cases/" + caseId + "/letters";
        Optional<Replays.Answer> earlier = Idempotency.lookup(replays, who.tenant(), key, scope);
        if (earlier.isPresent()) {
            Idempotency.replay(ctx, earlier.get());
            return;
        }
        LetterRequest request = request(bodies.parse(ctx, LetterBody.class));
        Idempotency.runOnce(ctx, replays, who.tenant(), key, scope, ids.next(), clock.instant(), letterId -> {
            IssuedLetter letter = letters.issue(who.tenant(), caseId, who.actor(), request, letterId);
            return new Replays.Answer(scope, 201, "/v1/cases/" + caseId + "/letters/" + letter.id(),
                    json.writeValueAsString(LetterView.of(caseId, letter)));
        });
    }

    private static LetterRequest request(JsonBodies.Parsed<LetterBody> parsed) {
        LetterBody b = parsed.value();
        List<Problem.FieldError> errors = new ArrayList<>(parsed.unknownFields());
        LetterKind kind = null;
        if (b.kind() != null) {
            try {
                kind = LetterKind.valueOf(b.kind());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "must be one of " + List.of(LetterKind.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The request has " + errors.size() + " problem(s); see errors.", errors);
        }
        LetterRequest.PlanTerms plan = null;
        if (b.plan() != null) {
            List<LetterRequest.Instalment> instalments = b.plan().instalments() == null ? List.of()
                    : b.plan().instalments().stream()
                            .map(i -> i == null ? null : new LetterRequest.Instalment(i.dueDate(), i.amount())).toList();
            plan = new LetterRequest.PlanTerms(instalments, b.plan().security(), b.plan().accelerationGraceDays());
        }
        return new LetterRequest(kind, b.language(), b.deadlineDays(), plan, Boolean.TRUE.equals(b.appendInvoices()));
    }

    private void list(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(letters.letters(who.tenant(), caseId).stream().map(l -> LetterView.of(caseId, l)).toList());
    }

    private void get(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(LetterView.of(caseId, letters.letter(who.tenant(), caseId, ctx.pathParam("letterId"))));
    }

    /** The signed PDF, exactly as issued; each download is recorded on the case before it starts. */
    private void content(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        IssuedLetter known = letters.letter(who.tenant(), caseId, ctx.pathParam("letterId"));
        if (ByteRanges.notModified(ctx, known.sha256(),
                ContentDisposition.attachment(LetterView.filename(known), known.sha256()))) {
            return;
        }
        LetterService.Opened opened = letters.open(who.tenant(), caseId, known.id(), who.actor(), "api",
                ByteRanges.startsDownload(ctx));
        ByteRanges.write(ctx, opened.content(), "application/pdf", known.size());
    }
}
