package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Bytes;
import org.bordereau.testing.RunningService.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build jobs as a client sees them: concurrent builds, retries with a key, a build that must fail. */
class DossierJobsOverHttpTest {
    @TempDir
    static Path dir;
    static RunningService service;
    static String agent;
    static DossierFixtures files;

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.fs(dir.resolve("data"));
        agent = service.key("acme", Role.AGENT);
        files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** A small case: an invoice, a text note and an e-mail. Returns the document ids. */
    private static List<String> smallCase(String caseId, String tag) throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(DossierHttp.upload(service, agent, caseId, files.pdf("facture-" + tag + ".pdf", 2, PDRectangle.A4, 0, false),
                "application/pdf", "INVOICE").get("id").asText());
        ids.add(DossierHttp.upload(service, agent, caseId, files.text("note-" + tag + ".txt", "Appel " + tag + "\n"),
                "text/plain", "CORRESPONDENCE").get("id").asText());
        ids.add(DossierHttp.upload(service, agent, caseId, files.eml("mail-" + tag + ".eml", "Relance " + tag,
                "Mon, 13 Jan 2025 09:00:00 +0000", false), "message/rfc822", "CORRESPONDENCE").get("id").asText());
        return ids;
    }

    @Test
    void twoBuildsOfTheSameCaseAtOnceBothSucceed() throws Exception {
        String caseId = DossierHttp.moroccanCase(service, agent, "JOBS-TWO");
        List<String> ids = smallCase(caseId, "two");
        CompletableFuture<Reply> fr = CompletableFuture.supplyAsync(() ->
                service.post("/v1/cases/" + caseId + "/dossiers", agent, "{\"language\":\"fr\"}"));
        CompletableFuture<Reply> en = CompletableFuture.supplyAsync(() ->
                service.post("/v1/cases/" + caseId + "/dossiers", agent,
                        "{\"language\":\"en\",\"include\":[\"" + ids.get(0) + "\",\"" + ids.get(2) + "\"],"
                                + "\"numbering\":\"per-section\"}"));
        Reply first = fr.get();
        Reply second = en.get();
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second.status()).as(second.body()).isEqualTo(202);
        assertThat(first.header("Location")).isNotEqualTo(second.header("Location"));
        JsonNode a = DossierHttp.awaitOutcome(service, agent, first.header("Location"));
        JsonNode b = DossierHttp.awaitOutcome(service, agent, second.header("Location"));
        assertThat(a.get("status").asText()).as(a.toString()).isEqualTo("READY");
        assertThat(b.get("status").asText()).as(b.toString()).isEqualTo("READY");
        assertThat(a.get("exhibits").asInt()).isEqualTo(3);
        assertThat(b.get("exhibits").asInt()).isEqualTo(2);
        assertThat(a.get("sha256").asText()).isNotEqualTo(b.get("sha256").asText());
        for (JsonNode d : List.of(a, b)) {
            Bytes pdf = service.download(d.get("contentUrl").asText(), agent, Map.of());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(document.getNumberOfPages()).isEqualTo(d.get("pages").asInt());
                assertThat(document.getLastSignatureDictionary()).isNotNull();
            }
        }
        JsonNode listed = service.get("/v1/cases/" + caseId + "/dossiers", agent).json();
        assertThat(listed).hasSize(2);
    }

    @Test
    void anIdempotencyKeyGivesOneBuild() throws Exception {
        String caseId = DossierHttp.moroccanCase(service, agent, "JOBS-KEY");
        smallCase(caseId, "key");
        Map<String, String> key = Map.of("Idempotency-Key", "dossier-retry-0001");
        List<CompletableFuture<Reply>> racing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racing.add(CompletableFuture.supplyAsync(() ->
                    service.send("POST", "/v1/cases/" + caseId + "/dossiers", agent, "{}", key)));
        }
        List<String> locations = new ArrayList<>();
        for (CompletableFuture<Reply> reply : racing) {
            assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(202);
            locations.add(reply.get().header("Location"));
        }
        Reply later = service.send("POST", "/v1/cases/" + caseId + "/dossiers", agent, "{}", key);
        locations.add(later.header("Location"));
        assertThat(locations).containsOnly(locations.get(0));
        assertThat(DossierHttp.awaitOutcome(service, agent, locations.get(0)).get("status").asText()).isEqualTo("READY");
        assertThat(service.get("/v1/cases/" + caseId + "/dossiers", agent).json()).hasSize(1);
    }

    @Test
    void anAlteredOriginalFailsTheBuildAndNothingIsPublished() throws Exception {
        String caseId = DossierHttp.moroccanCase(service, agent, "JOBS-FAIL");
        List<String> ids = smallCase(caseId, "fail");
        JsonNode invoice = service.get("/v1/cases/" + caseId + "/documents/" + ids.get(0), agent).json();
        String sha = invoice.get("sha256").asText();
        Path blob = dir.resolve("data/t/acme/blobs/sha256/" + sha.substring(0, 2) + "/" + sha);
        blob.toFile().setWritable(true);
        Files.write(blob, "%PDF-1.7 altered behind our back".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Reply requested = service.post("/v1/cases/" + caseId + "/dossiers", agent, "{\"language\":\"en\"}");
        assertThat(requested.status()).isEqualTo(202);
        JsonNode failed = DossierHttp.awaitOutcome(service, agent, requested.header("Location"));
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains("document " + ids.get(0))
                .contains("no longer matches").doesNotContain("Exception").doesNotContain("/");
        assertThat(failed.path("contentUrl").isMissingNode() || failed.path("contentUrl").isNull()).isTrue();
        assertThat(failed.get("volumes")).isEmpty();
        Reply content = service.get(requested.header("Location") + "/content", agent);
        assertThat(content.status()).isEqualTo(409);
        assertThat(content.json().get("detail").asText()).contains("failed");
        String dossierId = failed.get("id").asText();
        assertThat(dir.resolve("data/t/acme/cases/" + caseId + "/outputs/dossiers/" + dossierId)).doesNotExist();
        Path issued = dir.resolve("data/t/acme/issued");
        if (Files.exists(issued)) { // other tests of this class issue dossiers in the same tenant
            try (var entries = Files.list(issued)) {
                for (Path entry : entries.toList()) {
                    assertThat(Files.readString(entry)).doesNotContain(dossierId);
                }
            }
        }
    }

    @Test
    void badRequestsSayWhatToFix() {
        String caseId = DossierHttp.moroccanCase(service, agent, "JOBS-BAD");
        Reply empty = service.post("/v1/cases/" + caseId + "/dossiers", agent, "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("upload the evidence first");
        Reply bad = service.post("/v1/cases/" + caseId + "/dossiers", agent,
                "{\"language\":\"de\",\"numbering\":\"roman\",\"volumePages\":-1}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("numbering");
        assertThat(service.get("/v1/cases/" + caseId + "/dossiers/01JZZZZZZZZZZZZZZZZZZZZZZZ", agent).status())
                .isEqualTo(404);
    }
}
