package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.bordereau.access.Principal;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.ingest.Upload;
import org.bordereau.sign.VerificationReport;
import org.bordereau.sign.Verifier;

/**
 * {@code POST /v1/verify}: a PDF in (raw body or multipart {@code file}), the verdict out — signatures
 * intact, signer, signing time, timestamp — and whether these exact bytes are a letter or dossier the
 * caller's tenant issued. Another tenant's documents are never named. Nothing is stored.
 */
final class VerifyRoutes {
    private final Verifier verifier;
    private final IssuedIndex issued;
    private final long maxBytes;

    VerifyRoutes(Verifier verifier, IssuedIndex issued, long maxBytes) {
        this.verifier = verifier;
        this.issued = issued;
        this.maxBytes = maxBytes;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/verify", this::verify, Access.AGENT, Access.LAWYER);
    }

    /** The verifier's report plus {@code issuedBy}: the case and output these bytes are, if ours. */
    record Answer(VerificationReport report, boolean issuedByTenant, IssuedIndex.Entry issuedBy) {}

    private void verify(Context ctx) throws IOException {
        Principal who = Security.principal(ctx);
        Upload upload = UploadForms.read(ctx);
        VerificationReport report;
        try (InputStream body = new LimitedInput(upload.body(), maxBytes)) {
            report = verifier.verify(body);
        } catch (LimitedInput.TooLarge e) {
            throw new ProblemException(Problem.of(413, "too-large", "File too large",
                    "A file to verify may be at most " + maxBytes + " bytes."));
        }
        Optional<IssuedIndex.Entry> ours = issued.find(who.tenant(), report.sha256());
        ctx.json(new Answer(report, ours.isPresent(), ours.orElse(null)));
    }
}
