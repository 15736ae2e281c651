package org.bordereau.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bordereau.access.Principal;
import org.bordereau.cases.Replays;
import org.bordereau.cases.Ulids;
import org.bordereau.dossier.DossierCommand;
import org.bordereau.dossier.DossierService;
import org.bordereau.dossier.DossierStatus;
import org.bordereau.dossier.Numbering;

/**
 * {@code /v1/cases/{id}/dossiers}: request a litigation dossier (built asynchronously: 202 + Location,
 * idempotent with {@code Idempotency-Key} across instances), follow its status and progress, download
 * the signed PDF (a volume), the ZIP export, or a time-limited link. Every download is recorded.
 */
final class DossierRoutes {
    private static final String BASE = "/v1/cases/{id}/dossiers";
    private static final Map<String, Numbering> NUMBERING = Map.of("continuous", Numbering.CONTINUOUS,
            "per-section", Numbering.PER_SECTION);

    private final DossierService dossiers;
    private final Replays replays;
    private final JsonBodies bodies;
    private final ObjectMapper json;
    private final Clock clock;
    private final Ulids ids;

    DossierRoutes(DossierService dossiers, Replays replays, JsonBodies bodies, ObjectMapper json, Clock clock) {
        this.dossiers = dossiers;
        this.replays = replays;
        this.bodies = bodies;
        this.json = json;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    void register(RoutesConfig routes) {
        routes.post(BASE, this::request, Access.AGENT);
        routes.get(BASE, this::list, Access.AGENT, Access.LAWYER);
        routes.get(BASE + "/{dossierId}", this::get, Access.AGENT, Access.LAWYER);
        routes.get(BASE + "/{dossierId}/content", this::content, Access.AGENT, Access.LAWYER);
        routes.get(BASE + "/{dossierId}/link", this::link, Access.AGENT, Access.LAWYER);
    }

    /** DESIGN.md §4: {@code {language?, include?, order?, numbering?, volumePages?}}. */
    record DossierBody(String language, List<String> include, List<String> order, String numbering,
                       Integer volumePages) {}

    private void request(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        String key = ctx.header(Idempotency.HEADER);
        String scope = "POST /v1/cases/" + caseId + "/dossiers";
        Optional<Replays.Answer> earlier = Idempotency.lookup(replays, who.tenant(), key, scope);
        if (earlier.isPresent()) {
            Idempotency.replay(ctx, earlier.get());
            return;
        }
        DossierCommand command = command(ctx.body().isBlank() ? null : bodies.parse(ctx, DossierBody.class));
        Idempotency.runOnce(ctx, replays, who.tenant(), key, scope, ids.next(), clock.instant(), dossierId -> {
            DossierStatus status = dossiers.request(who.tenant(), caseId, who.actor(), command, dossierId);
            return new Replays.Answer(scope, 202, "/v1/cases/" + caseId + "/dossiers/" + status.id(),
                    json.writeValueAsString(DossierView.of(caseId, status)));
        });
    }

    private static DossierCommand command(JsonBodies.Parsed<DossierBody> parsed) {
        if (parsed == null) {
            return new DossierCommand(null, null, null, null, 0);
        }
        DossierBody b = parsed.value();
        List<Problem.FieldError> errors = new ArrayList<>(parsed.unknownFields());
        Numbering numbering = null;
        if (b.numbering() != null) {
            numbering = NUMBERING.get(b.numbering());
            if (numbering == null) {
                errors.add(new Problem.FieldError("numbering", "must be \"continuous\" or \"per-section\""));
            }
        }
        if (b.include() != null && b.include().contains(null) || b.order() != null && b.order().contains(null)) {
            errors.add(new Problem.FieldError(b.order() != null && b.order().contains(null) ? "order" : "include",
                    "must list document ids (strings), no nulls"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The request has " + errors.size() + " problem(s); see errors.", errors);
        }
        return new DossierCommand(b.language(), b.include(), b.order(), numbering,
                b.volumePages() == null ? 0 : b.volumePages());
    }

    private void list(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(dossiers.list(who.tenant(), caseId).stream().map(s -> DossierView.of(caseId, s)).toList());
    }

    private void get(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(DossierView.of(caseId, dossiers.status(who.tenant(), caseId, ctx.pathParam("dossierId"))));
    }

    /** The signed PDF (a volume), or with {@code ?format=zip} the ZIP export; each download is recorded first. */
    private void content(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        String dossierId = ctx.pathParam("dossierId");
        String format = ctx.queryParam("format");
        Integer volume = volume(ctx);
        if ("zip".equals(format)) {
            DossierStatus ready = dossiers.ready(who.tenant(), caseId, dossierId);
            Binary.contentType(ctx, "application/zip");
            ctx.header("Content-Disposition", ContentDisposition.attachment(DossierView.filename(ready, null, "zip"),
                    "dossier.zip")).header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
            dossiers.writeZip(who.tenant(), caseId, dossierId, who.actor(), ctx.res().getOutputStream());
            return;
        }
        if (format != null && !"pdf".equals(format)) {
            throw ProblemException.invalid("Unknown format.", List.of(new Problem.FieldError("format",
                    "must be \"pdf\" (default) or \"zip\"")));
        }
        DossierStatus ready = dossiers.ready(who.tenant(), caseId, dossierId);
        if (ByteRanges.notModified(ctx, DossierService.volume(ready, volume).sha256(),
                ContentDisposition.attachment(DossierView.filename(ready, volume, "pdf"), "dossier.pdf"))) {
            return;
        }
        DossierService.Opened opened = dossiers.open(who.tenant(), caseId, dossierId, volume, who.actor(),
                ByteRanges.startsDownload(ctx));
        ByteRanges.write(ctx, opened.content(), "application/pdf", opened.volume().size());
    }

    /** {@code {url, expiresAt, volume}}: a time-limited URL that needs no API key; handing it out is the recorded download. */
    private void link(Context ctx) {
        Principal who = Security.principal(ctx);
        DossierService.Link link = dossiers.link(who.tenant(), ctx.pathParam("id"), ctx.pathParam("dossierId"),
                volume(ctx), who.actor());
        ctx.header("Cache-Control", "private, no-store");
        ctx.json(Map.of("url", link.url().toString(), "expiresAt", link.expiresAt().toString(),
                "volume", link.volume().number()));
    }

    private static Integer volume(Context ctx) {
        String raw = ctx.queryParam("volume");
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Invalid volume.", List.of(new Problem.FieldError("volume",
                    "must be a volume number, from 1")));
        }
    }
}
