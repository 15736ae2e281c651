package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.storage.StorageUnavailableException;
import org.bordereau.testing.CaseFiles;
import org.bordereau.testing.ForwardingBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build ends, one way or the other: one past its deadline is interrupted and recorded FAILED with
 * nothing left behind, and one whose publication fails half-way is FAILED, never READY without its
 * manifest or its entry in the issued index.
 */
class BuildDeadlineTest {
    private static final Instant NOW = Instant.parse("2025-06-30T10:00:00Z");

    @TempDir
    Path dir;
    CaseFiles files;
    FileBlobStore store;
    String caseId;

    @BeforeEach
    void aCaseWithOneInvoice() throws IOException {
        files = new CaseFiles(dir.resolve("data"), NOW);
        store = new FileBlobStore(dir.resolve("data"));
        caseId = files.moroccanCase("SLOW-1").id();
        Path pdf = new DossierFixtures(Files.createDirectories(dir.resolve("in"))).pdf("facture.pdf", 1, PDRectangle.A4, 0,
                false);
        String sha = DossierFixtures.sha256(pdf);
        store.putEvidenceIfAbsent(Blobs.key(CaseFiles.TENANT, sha), pdf, "application/pdf");
        files.cases.record(CaseFiles.TENANT, caseId, CaseFiles.AGENT, new EventData.DocumentAdded(
                "01JZZ0000000000000000000001", sha, Files.size(pdf), "application/pdf", "application/pdf", "facture.pdf",
                new Document.Extraction(DocumentKind.INVOICE, 0.9, Map.of()), Map.of(), List.of(), null, null));
    }

    @Test
    void aBuildPastItsDeadlineIsInterruptedAndRecordedFailedWithNothingLeft() throws Exception {
        CountDownLatch sealing = new CountDownLatch(1);
        TenantSealer stuck = (tenant, in, out) -> {
            sealing.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10)); // a signing service that never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while sealing", e);
            }
            throw new AssertionError("the deadline never came");
        };
        DossierSettings oneSecond = new DossierSettings(1, 1, Duration.ofSeconds(1), Duration.ofMinutes(15));
        try (DossierService service = service(store, stuck, oneSecond)) {
            DossierStatus requested = service.request(CaseFiles.TENANT, caseId, CaseFiles.AGENT,
                    new DossierCommand("fr", null, null, null, 0), null);
            assertThat(sealing.await(60, TimeUnit.SECONDS)).isTrue();
            files.clock.set(NOW.plusSeconds(2)); // the service's clock says the deadline is past

            DossierStatus outcome = AbandonedAndFailedBuildsTest.await(service, caseId, requested.id());

            assertThat(outcome.state()).isEqualTo(DossierStatus.State.FAILED);
            assertThat(outcome.failure()).contains("dépassé le temps permis");
            awaitRecorded("DOSSIER_FAILED");
            assertThat(types(files.cases.events(CaseFiles.TENANT, caseId))).doesNotContain("DOSSIER_BUILT");
            assertThat(store.listAll("t/acme/cases/" + caseId + "/outputs/")).isEmpty();
            assertThat(Files.list(dir.resolve("tmp")).toList()).as("work files removed").isEmpty();
        }
    }

    @Test
    void anIssuedIndexThatCannotBeWrittenLeavesTheDossierFailedNotHalfPublished() throws Exception {
        BlobStore noIndex = new ForwardingBlobStore(store) {
            @Override
            public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
                if (key.contains("/issued/")) {
                    throw new StorageUnavailableException("test: the index's disk is full", null);
                }
                return super.putIfAbsent(key, data, size, contentType);
            }
        };
        TenantSealer copy = (tenant, in, out) -> {
            Files.copy(in, out);
            return new TenantSealer.Sealed("PAdES-BASELINE-B", true, null);
        };
        try (DossierService service = service(noIndex, copy, DossierSettings.defaults())) {
            DossierStatus requested = service.request(CaseFiles.TENANT, caseId, CaseFiles.AGENT,
                    new DossierCommand("fr", null, null, null, 0), null);

            DossierStatus outcome = AbandonedAndFailedBuildsTest.await(service, caseId, requested.id());

            assertThat(outcome.state()).isEqualTo(DossierStatus.State.FAILED);
            assertThat(types(files.cases.events(CaseFiles.TENANT, caseId)))
                    .endsWith("DOSSIER_REQUESTED", "DOSSIER_FAILED");
            assertThat(store.listAll("t/acme/cases/" + caseId + "/outputs/")).as("no manifest").isEmpty();
            assertThat(store.listAll("t/acme/issued/")).isEmpty();
        }
    }

    private DossierService service(BlobStore blobs, TenantSealer sealer, DossierSettings settings) {
        return new DossierService(files.cases, blobs, new IssuedIndex(blobs), new PlainFrontMatters(), sealer,
                ConverterSettings.builtInOnly(), settings, files.clock, dir.resolve("tmp"));
    }

    /** The job records its outcome after the status already reads FAILED (the deadline passed). */
    private void awaitRecorded(String type) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (types(files.cases.events(CaseFiles.TENANT, caseId)).contains(type)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(type + " was never recorded");
    }

    private static List<String> types(List<CaseEvent> events) {
        return events.stream().map(CaseEvent::type).toList();
    }
}
