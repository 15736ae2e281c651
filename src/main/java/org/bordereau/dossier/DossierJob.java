package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.ExtractedField;
import org.bordereau.cases.IssuedDossier;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.sign.TimestampUnavailableException;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;
import org.bordereau.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build, start to finish: read the case, file its documents as exhibits (originals streamed from
 * the store), build and seal with {@link DossierBuilder}, then publish in an order that never shows a
 * half-made dossier: volumes (content-addressed evidence blobs) → manifest beside them → DOSSIER_BUILT →
 * issued index. Until DOSSIER_BUILT is in the log nothing is visible; any failure before it appends
 * DOSSIER_FAILED with a reason in the dossier's language and removes the manifest and the work files.
 */
final class DossierJob {
    private static final Logger LOG = LoggerFactory.getLogger(DossierJob.class);

    /** One build to run: who asked, what, and where its progress is reported. */
    record Task(String tenant, String caseId, String dossierId, String actor, DossierCommand command,
                List<String> documentIds, Instant requestedAt, DossierBuilder.Progress progress) {}

    private final CaseService cases;
    private final BlobStore store;
    private final IssuedIndex issued;
    private final FrontMatterFactory frontMatters;
    private final TenantSealer sealer;
    private final ConverterSettings converters;
    private final Duration timeout;
    private final Clock clock;
    private final Path tempDir;

    DossierJob(CaseService cases, BlobStore store, IssuedIndex issued, FrontMatterFactory frontMatters,
               TenantSealer sealer, ConverterSettings converters, Duration timeout, Clock clock, Path tempDir) {
        this.cases = cases;
        this.store = store;
        this.issued = issued;
        this.frontMatters = frontMatters;
        this.sealer = sealer;
        this.converters = converters;
        this.timeout = timeout;
        this.clock = clock;
        this.tempDir = tempDir;
    }

    static String manifestKey(String tenant, String caseId, String dossierId) {
        return "t/" + tenant + "/cases/" + caseId + "/outputs/dossiers/" + dossierId + "/manifest.json";
    }

    /** Builds, stores and records; true when the dossier is READY, false when it was recorded FAILED. */
    boolean run(Task task) {
        Path work = null;
        String manifestKey = manifestKey(task.tenant(), task.caseId(), task.dossierId());
        boolean manifestWritten = false;
        Throwable failure = null;
        try {
            StageTimes times = new StageTimes();
            if (pastDeadline(task)) { // queued for longer than a build may take
                throw new BuildTimedOut();
            }
            Files.createDirectories(tempDir);
            work = Files.createTempDirectory(tempDir, "dossier-");
            Case file = cases.get(task.tenant(), task.caseId());
            DossierRequest request = new DossierRequest(file.reference(), task.command().language(),
                    exhibits(task, file), new DossierOptions(task.command().numbering(), task.command().volumePages(),
                    task.command().order()), file.chainHead(), cases.events(task.tenant(), task.caseId()));
            AtomicReference<TenantSealer.Sealed> seal = new AtomicReference<>();
            FrontMatter made = frontMatters.forCase(task.tenant(), file, request.language(), CaseDates.today(file, clock));
            times.lap("read case, statement");
            Sealer volumes = (finished, sealed) -> seal.set(sealed(task.tenant(), finished, sealed));
            DossierResult result = new DossierBuilder(made, volumes, converters, clock)
                    .build(request, work.resolve("out"), task.progress());
            times.lap("build");
            if (pastDeadline(task)) {
                throw new BuildTimedOut();
            }
            List<IssuedDossier.Volume> stored = new ArrayList<>();
            for (DossierResult.VolumeFile volume : result.volumes()) {
                store.putEvidenceIfAbsent(Blobs.key(task.tenant(), volume.sha256()), volume.pdf(), "application/pdf");
                stored.add(new IssuedDossier.Volume(volume.number(), volume.sha256(), volume.size(), volume.pages()));
            }
            store.put(manifestKey, result.manifest(), "application/json");
            manifestWritten = true;
            times.lap("store");
            publish(task, file.reference(), stored, new EventData.DossierBuilt(task.dossierId(), stored,
                    result.plan().totalPages(), result.plan().exhibits().size(), Blobs.sha256(result.manifest()),
                    request.chainHead(), seal.get().level(), seal.get().developmentSeal()));
            times.lap("record");
            LOG.info("dossier {} of case {} ready {} ms after the request ({})", task.dossierId(), task.caseId(),
                    Duration.between(task.requestedAt(), clock.instant()).toMillis(), times);
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            // The service's watchdog interrupts a build past its deadline. Clean-up and the failure event must
            // still be written, and an interrupted thread's file channels close at their first write.
            Thread.interrupted();
            if (failure != null && manifestWritten) {
                deleteQuietly(manifestKey);
            }
            if (work != null) {
                delete(work);
            }
        }
        // recorded after the work files are gone: whoever sees FAILED finds nothing left behind
        if (failure != null) {
            fail(task, failure);
        }
        return failure == null;
    }

    /**
     * Makes the stored volumes known: the issued index first (what {@code /v1/verify} reads to name a
     * dossier), then the DOSSIER_BUILT event, as letters are published. The event is the commit: once it
     * is recorded nothing rolls back, and an index entry written for an event that failed is forgotten.
     */
    private void publish(Task task, String reference, List<IssuedDossier.Volume> stored, EventData.DossierBuilt built) {
        IssuedIndex.Entry entry = new IssuedIndex.Entry(task.caseId(), reference, "dossier", task.dossierId(),
                clock.instant());
        for (IssuedDossier.Volume volume : stored) {
            issued.record(task.tenant(), volume.sha256(), entry);
        }
        try {
            cases.record(task.tenant(), task.caseId(), task.actor(), built);
        } catch (RuntimeException e) {
            for (IssuedDossier.Volume volume : stored) {
                try {
                    issued.forget(task.tenant(), volume.sha256());
                } catch (RuntimeException forgetting) {
                    e.addSuppressed(forgetting);
                }
            }
            throw e;
        }
    }

    private boolean pastDeadline(Task task) {
        return Duration.between(task.requestedAt(), clock.instant()).compareTo(timeout) > 0;
    }

    /** A timestamp authority's failure keeps its own reason; anything else the sealer throws is "sealing failed". */
    private TenantSealer.Sealed sealed(String tenant, Path finished, Path sealed) throws IOException {
        try {
            return sealer.seal(tenant, finished, sealed);
        } catch (TimestampUnavailableException | StorageUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SealingFailed(e);
        }
    }

    /** The case's chosen documents as exhibits; the bytes are read from the store when the build needs them. */
    private List<Exhibit> exhibits(Task task, Case file) {
        Labels labels = new Labels(task.command().language());
        List<Exhibit> exhibits = new ArrayList<>();
        for (String id : task.documentIds()) {
            Document doc = file.document(id).orElseThrow(() -> new IllegalStateException("document " + id + " vanished"));
            String key = Blobs.key(task.tenant(), doc.sha256());
            String title = null;
            LocalDate date = null;
            // An invoice is listed by its number and issue date once ingestion read them (or an agent corrected them).
            if (doc.kind() == DocumentKind.INVOICE) {
                ExtractedField number = doc.fields().get("invoiceNumber");
                title = number == null ? null : labels.get("title.INVOICE", number.value());
                date = date(doc.fields().get("issueDate"));
            }
            exhibits.add(new Exhibit(doc.id(), doc.kind(), null, title, date, doc.filename(), doc.mediaType(),
                    doc.sha256(), doc.size(), () -> store.get(key)));
        }
        // The letters this service issued are part of the story a court reads (reminders, formal notices):
        // filed by default; a chosen selection or order names documents only.
        if (task.command().include().isEmpty() && task.command().order().isEmpty()) {
            for (IssuedLetter letter : file.outputs().letters()) {
                String key = Blobs.key(task.tenant(), letter.sha256());
                boolean plan = letter.kind() == LetterKind.ECHEANCIER || letter.kind() == LetterKind.RECONNAISSANCE_DE_DETTE;
                exhibits.add(new Exhibit(letter.id(), plan ? DocumentKind.OTHER : DocumentKind.REMINDER,
                        plan ? ExhibitGroup.PAYMENTS : ExhibitGroup.REMINDERS, labels.get("title.letter." + letter.kind().name()),
                        letter.date(), letter.date() + "-" + letter.kind().name() + "-" + letter.language() + ".pdf",
                        "application/pdf", letter.sha256(), letter.size(), () -> store.get(key)));
            }
        }
        return exhibits;
    }

    private static LocalDate date(ExtractedField field) {
        try {
            return field == null ? null : LocalDate.parse(field.value());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void fail(Task task, Throwable e) {
        Labels labels = new Labels(task.command().language());
        String reason;
        if (e instanceof ExhibitIntegrityException integrity) {
            reason = labels.get("failure.integrity", integrity.documentId());
        } else if (e instanceof NoSuchBlobException) {
            reason = labels.get("failure.integrity", "?");
        } else if (e instanceof TimestampUnavailableException) {
            reason = labels.get("failure.timestamp");
        } else if (e instanceof StorageUnavailableException) {
            reason = labels.get("failure.storage");
        } else if (e instanceof BuildTimedOut || pastDeadline(task)) {
            reason = labels.get("failure.timeout", timeout.toMinutes());
        } else if (e instanceof SealingFailed) {
            reason = labels.get("failure.sealing");
        } else {
            reason = labels.get("failure.internal", task.dossierId());
        }
        LOG.warn("dossier {} of case {} (tenant {}) failed: {}", task.dossierId(), task.caseId(), task.tenant(), reason, e);
        try {
            cases.record(task.tenant(), task.caseId(), task.actor(), new EventData.DossierFailed(task.dossierId(), reason));
        } catch (RuntimeException recording) {
            // Without the event the request reads FAILED (abandoned) once the build timeout has passed.
            LOG.error("dossier {}: the failure could not be recorded", task.dossierId(), recording);
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("manifest {} of a failed dossier not deleted", key, e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("work folder of a dossier not fully deleted", e);
        }
    }

    /** The build outlived the timeout after which other instances already call it abandoned. */
    private static final class BuildTimedOut extends RuntimeException {
        BuildTimedOut() {
            super("build timed out", null, false, false);
        }
    }

    /** The sealer refused the finished file (a key problem, a signer error). */
    static final class SealingFailed extends IOException {
        SealingFailed(Throwable cause) {
            super("sealing failed", cause);
        }
    }
}
