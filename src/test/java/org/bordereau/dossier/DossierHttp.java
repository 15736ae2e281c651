package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;

/** Short ways to drive the dossier API of a running service: a case, uploads, polling a build to its end. */
final class DossierHttp {
    private DossierHttp() {}

    static String moroccanCase(RunningService service, String key, String reference) {
        Reply created = service.post("/v1/cases", key, """
                {"reference":"%s","jurisdiction":"MA","currency":"MAD",
                 "creditor":{"name":"Atlas Distribution SARL","ice":"001561191000066","rc":"12345","if":"1234567",
                             "address":"12 bd Zerktouni, Casablanca"},
                 "debtor":{"name":"Souss Négoce SA","ice":"002345678000091","address":"5 rue Oued Fès, Rabat"}}
                """.formatted(reference));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Uploads a file as raw bytes; returns the document JSON (201 new, 200 same bytes already there). */
    static JsonNode upload(RunningService service, String key, String caseId, Path file, String contentType, String kind)
            throws IOException {
        String path = "/v1/cases/" + caseId + "/documents?filename="
                + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20")
                + (kind == null ? "" : "&kind=" + kind);
        Reply reply = service.upload(path, key, Files.readAllBytes(file), contentType);
        assertThat(reply.status()).as(file.getFileName() + ": " + reply.body()).isIn(200, 201);
        return reply.json();
    }

    /** Polls the dossier until READY or FAILED (the deadline only keeps a broken build from hanging the run). */
    static JsonNode awaitOutcome(RunningService service, String key, String location) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            Reply reply = service.get(location, key);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode dossier = reply.json();
            String status = dossier.get("status").asText();
            if (status.equals("READY") || status.equals("FAILED")) {
                return dossier;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("dossier at " + location + " never finished");
    }
}
