package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash or a broken sealer leaves: a request no instance builds reads FAILED once the build
 * timeout has passed, and a build whose sealing fails ends FAILED with nothing stored.
 */
class AbandonedAndFailedBuildsTest {
    @TempDir
    Path dir;

    @Test
    void aRequestNobodyBuildsReadsFailedAfterTheTimeout() {
        CaseFiles files = new CaseFiles(dir.resolve("data"), Instant.parse("2025-06-30T10:00:00Z"));
        FileBlobStore store = new FileBlobStore(dir.resolve("data"));
        String caseId = files.moroccanCase("CRASH-1").id();
        // What an instance that died after recording the request leaves behind.
        files.cases.record(CaseFiles.TENANT, caseId, CaseFiles.AGENT,
                new EventData.DossierRequested("01JZZZZZZZZZZZZZZZZZZZZZZZ", "en", Map.of()));
        try (DossierService service = service(files, store, (tenant, in, out) -> {
            throw new IllegalStateException("never called");
        })) {
            DossierStatus fresh = service.status(CaseFiles.TENANT, caseId, "01JZZZZZZZZZZZZZZZZZZZZZZZ");
            assertThat(fresh.state()).as("maybe building elsewhere").isEqualTo(DossierStatus.State.QUEUED);
            files.clock.set(Instant.parse("2025-06-30T10:11:00Z"));
            DossierStatus later = service.status(CaseFiles.TENANT, caseId, "01JZZZZZZZZZZZZZZZZZZZZZZZ");
            assertThat(later.state()).isEqualTo(DossierStatus.State.FAILED);
            assertThat(later.failure()).startsWith("Abandoned");
        }
    }

    @Test
    void aFailingSealerEndsFailedWithNothingPublished() throws Exception {
        CaseFiles files = new CaseFiles(dir.resolve("data"), Instant.parse("2025-06-30T10:00:00Z"));
        FileBlobStore store = new FileBlobStore(dir.resolve("data"));
        String caseId = files.moroccanCase("SEAL-1").id();
        DossierFixtures fixtures = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Path pdf = fixtures.pdf("facture.pdf", 1, PDRectangle.A4, 0, false);
        String sha = DossierFixtures.sha256(pdf);
        store.putEvidenceIfAbsent(Blobs.key(CaseFiles.TENANT, sha), pdf, "application/pdf");
        files.cases.record(CaseFiles.TENANT, caseId, CaseFiles.AGENT, new EventData.DocumentAdded("01JZZ0000000000000000000001",
                sha, Files.size(pdf), "application/pdf", "application/pdf", "facture.pdf",
                new org.bordereau.cases.Document.Extraction(DocumentKind.INVOICE, 0.9, Map.of()), Map.of(),
                java.util.List.of(), null, null));
        try (DossierService service = service(files, store, (tenant, in, out) -> {
            throw new IOException("the HSM is unplugged");
        })) {
            DossierStatus requested = service.request(CaseFiles.TENANT, caseId, CaseFiles.AGENT,
                    new DossierCommand("fr", null, null, null, 0), null);
            DossierStatus outcome = await(service, caseId, requested.id());
            assertThat(outcome.state()).isEqualTo(DossierStatus.State.FAILED);
            assertThat(outcome.failure()).contains("n’a pas pu être scellé").doesNotContain("HSM");
            assertThat(outcome.volumes()).isEmpty();
            assertThat(store.listAll("t/acme/cases/" + caseId + "/outputs/")).isEmpty();
            assertThat(store.listAll("t/acme/issued/")).isEmpty();
            assertThat(store.listAll("t/acme/blobs/")).hasSize(1); // the original only
            assertThat(Files.list(dir.resolve("tmp")).toList()).as("work files removed").isEmpty();
        }
    }

    private DossierService service(CaseFiles files, FileBlobStore store, TenantSealer sealer) {
        return new DossierService(files.cases, store, new IssuedIndex(store), new PlainFrontMatters(),
                sealer, ConverterSettings.builtInOnly(), DossierSettings.defaults(), files.clock, dir.resolve("tmp"));
    }

    /** Polls the status until READY or FAILED (at most 5 minutes). */
    static DossierStatus await(DossierService service, String caseId, String id) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            DossierStatus status = service.status(CaseFiles.TENANT, caseId, id);
            if (status.state() == DossierStatus.State.READY || status.state() == DossierStatus.State.FAILED) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the build never ended");
    }

}
