package org.bordereau.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bordereau.access.Principal;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.Replays;
import org.bordereau.ingest.DocumentIntake;
import org.bordereau.ingest.EvidenceContent;
import org.bordereau.ingest.IntakeResult;
import org.bordereau.ingest.Upload;

/** {@code /v1/cases/{id}/documents}: evidence in (multipart or raw body), metadata and bytes out. */
final class DocumentRoutes {
    private static final String BASE = "/v1/cases/{id}/documents";

    private final DocumentIntake intake;
    private final EvidenceContent evidence;
    private final CaseService cases;
    private final Replays replays;
    private final JsonBodies bodies;
    private final ObjectMapper json;
    private final long maxBytes;

    DocumentRoutes(DocumentIntake intake, EvidenceContent evidence, CaseService cases, Replays replays,
                   JsonBodies bodies, ObjectMapper json, long maxBytes) {
        this.maxBytes = maxBytes;
        this.intake = intake;
        this.evidence = evidence;
        this.cases = cases;
        this.replays = replays;
        this.bodies = bodies;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post(BASE, this::upload, Access.CASE_CREATORS);
        routes.get(BASE, this::list, Access.CASE_READERS);
        routes.get(BASE + "/{docId}", this::get, Access.CASE_READERS);
        routes.get(BASE + "/{docId}/content", this::content, Access.CASE_READERS);
        routes.patch(BASE + "/{docId}", this::correct, Access.AGENT);
    }

    private void upload(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        String key = ctx.header("Idempotency-Key");
        String scope = "POST /v1/cases/" + caseId + "/documents";
        Optional<Replays.Answer> earlier = Idempotency.lookup(replays, who.tenant(), key, scope);
        if (earlier.isPresent()) {
            sameFile(UploadForms.read(ctx), earlier.get());
            Idempotency.replay(ctx, earlier.get());
            return;
        }
        cases.get(who.tenant(), caseId); // an unknown case fails before a large body is read
        Upload upload = UploadForms.read(ctx);
        IntakeResult result;
        try (InputStream body = upload.body()) {
            result = intake.add(who.tenant(), who.actor(), caseId, upload);
        }
        int status = result.created() ? 201 : 200;
        String location = "/v1/cases/" + caseId + "/documents/" + result.document().id();
        String body = json.writeValueAsString(DocumentView.of(caseId, result.document(), result.attachments()));
        if (key != null) {
            Replays.Answer kept = replays.remember(who.tenant(), key, new Replays.Answer(scope, status, location, body));
            Idempotency.replay(ctx, kept);
            return;
        }
        ctx.status(status).header("Location", location).contentType("application/json").result(body);
    }

    /**
     * A retry sends the same bytes; a key reused for another file is refused, since replaying the first
     * answer would tell the uploader a file was kept that never was.
     */
    private void sameFile(Upload upload, Replays.Answer earlier) throws IOException {
        String sent;
        try {
            sent = Blobs.sha256(new LimitedInput(upload.body(), maxBytes));
        } catch (LimitedInput.TooLarge e) {
            sent = null; // larger than any file this service keeps: not the file the key was used for
        }
        String kept = json.readTree(earlier.body()).path("sha256").asText();
        if (!kept.equalsIgnoreCase(sent)) {
            throw ProblemException.invalid("This Idempotency-Key was already used for another file.",
                    List.of(new Problem.FieldError(Idempotency.HEADER, "was used for the file with SHA-256 " + kept
                            + "; send a new key with a new file")));
        }
    }

    private void list(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(cases.get(who.tenant(), caseId).documents().stream()
                .map(d -> DocumentView.of(caseId, d, List.of())).toList());
    }

    private void get(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        ctx.json(DocumentView.of(caseId, evidence.document(who.tenant(), caseId, ctx.pathParam("docId")), List.of()));
    }

    /** The original bytes, exactly as received: ETag is the SHA-256, ranges are honoured. */
    private void content(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        EvidenceContent.Opened opened = evidence.open(who.tenant(), ctx.pathParam("id"), ctx.pathParam("docId"));
        Document doc = opened.document();
        if (ByteRanges.notModified(ctx, doc.sha256(), ContentDisposition.attachment(doc.filename(), doc.sha256()))) {
            closeQuietly(opened.content());
            return;
        }
        ByteRanges.write(ctx, opened.content(), doc.mediaType(), doc.size());
    }

    record Correction(String kind, Map<String, String> fields, String reason) {}

    private void correct(Context ctx) {
        Principal who = Security.principal(ctx);
        String caseId = ctx.pathParam("id");
        Correction body = bodies.read(ctx, Correction.class);
        DocumentKind kind = null;
        if (body.kind() != null) {
            kind = UploadForms.kind(body.kind()).orElseThrow(() -> ProblemException.invalid("Unknown kind.",
                    List.of(new Problem.FieldError("kind", "must be one of " + List.of(DocumentKind.values())))));
        }
        Document corrected = cases.correctDocument(who.tenant(), caseId, who.actor(), ctx.pathParam("docId"), kind,
                body.fields(), body.reason());
        ctx.json(DocumentView.of(caseId, corrected, List.of()));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // a stream we did not read from; nothing was lost
        }
    }
}
