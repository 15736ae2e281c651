package org.bordereau.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.EventData;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.IssuedDossier;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.cases.Ulids;
import org.bordereau.cases.Violation;
import org.bordereau.storage.BlobStore;

/**
 * Dossier build jobs and downloads. {@link #request} records DOSSIER_REQUESTED and queues the build on
 * a small bounded pool ({@link DossierSettings}); a full pool refuses before anything is recorded
 * ({@link DossierBusyException}). Progress lives in memory on the instance building; the log holds
 * the rest, so any instance can answer {@link #status}. Every download is recorded (OUTPUT_DOWNLOADED)
 * before its first byte.
 */
public final class DossierService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseService cases;
    private final BlobStore store;
    private final DossierJob job;
    private final DossierSettings settings;
    private final Clock clock;
    private final Ulids ids;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final ScheduledThreadPoolExecutor deadlines;
    private final Map<String, RunningBuild> running = new ConcurrentHashMap<>();
    private final AtomicLong built = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public DossierService(CaseService cases, BlobStore store, IssuedIndex issued, FrontMatterFactory frontMatters,
                          TenantSealer sealer, ConverterSettings converters, DossierSettings settings, Clock clock,
                          Path tempDir) {
        this.cases = cases;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.ids = new Ulids(clock);
        this.job = new DossierJob(cases, store, issued, frontMatters, sealer, converters, settings.buildTimeout(),
                clock, tempDir);
        this.slots = new Semaphore(settings.threads() + settings.queue());
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dossier-build-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dossier-deadlines");
            t.setDaemon(true);
            return t;
        });
        deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * Records the request and queues the build. {@code dossierId} may be given (an idempotent retry):
     * when the case already has that dossier, its status is returned and nothing is started.
     */
    public DossierStatus request(String tenant, String caseId, String actor, DossierCommand command, String dossierId) {
        List<Violation> problems = command.check();
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Case file = cases.get(tenant, caseId);
        if (dossierId != null && file.outputs().dossier(dossierId).isPresent()) {
            return status(tenant, caseId, dossierId);
        }
        List<String> documents = command.documents(file);
        if (!slots.tryAcquire()) {
            throw new DossierBusyException(settings.threads() + settings.queue(), Duration.ofSeconds(30));
        }
        String id = dossierId != null ? dossierId : ids.next();
        String key = tenant + "/" + id;
        RunningBuild state = new RunningBuild();
        running.put(key, state); // before the event: a reader never sees a request of ours we do not know
        Instant requestedAt;
        try {
            requestedAt = cases.record(tenant, caseId, actor, new EventData.DossierRequested(id, command.language(),
                    command.recorded())).at();
        } catch (RuntimeException e) {
            running.remove(key);
            slots.release();
            throw e;
        }
        DossierJob.Task task = new DossierJob.Task(tenant, caseId, id, actor, command, documents, requestedAt,
                (done, total) -> {
                    state.total = total;
                    state.done = done;
                });
        pool.execute(() -> {
            state.startOn(Thread.currentThread());
            // past its deadline a build is interrupted: conversions stop and their programs are killed
            long left = Duration.between(clock.instant(), requestedAt.plus(settings.buildTimeout())).toMillis();
            ScheduledFuture<?> deadline = deadlines.schedule(state::interrupt, Math.max(0, left), TimeUnit.MILLISECONDS);
            try {
                (job.run(task) ? built : failed).incrementAndGet();
            } finally {
                deadline.cancel(false);
                state.end();
                Thread.interrupted(); // an interrupt that came as the build ended
                running.remove(key); // after the outcome event: readers then find it in the log
                slots.release();
            }
        });
        return status(tenant, caseId, id);
    }

    public DossierStatus status(String tenant, String caseId, String dossierId) {
        Map<String, RunningBuild> snapshot = Map.copyOf(running); // read before the log (see request)
        IssuedDossier recorded = cases.get(tenant, caseId).outputs().dossier(dossierId)
                .orElseThrow(() -> new DossierNotFoundException(dossierId));
        return status(tenant, recorded, snapshot.get(tenant + "/" + dossierId));
    }

    public List<DossierStatus> list(String tenant, String caseId) {
        Map<String, RunningBuild> snapshot = Map.copyOf(running);
        List<DossierStatus> all = new ArrayList<>();
        for (IssuedDossier d : cases.get(tenant, caseId).outputs().dossiers()) {
            all.add(status(tenant, d, snapshot.get(tenant + "/" + d.id())));
        }
        return all;
    }

    private DossierStatus status(String tenant, IssuedDossier d, RunningBuild here) {
        if (d.status() == IssuedDossier.Status.READY) {
            return new DossierStatus(d.id(), DossierStatus.State.READY, d.exhibits(), d.exhibits(), d, null);
        }
        if (d.status() == IssuedDossier.Status.FAILED) {
            return new DossierStatus(d.id(), DossierStatus.State.FAILED, 0, 0, d, d.failure());
        }
        boolean late = d.requestedAt().plus(settings.buildTimeout()).isBefore(clock.instant());
        if (here != null && late) {
            // interrupted, or stuck where an interrupt is not heard: it will be recorded FAILED, never READY
            String reason = new Labels(d.language() == null ? "fr" : d.language()).get("failure.timeout",
                    settings.buildTimeout().toMinutes());
            return new DossierStatus(d.id(), DossierStatus.State.FAILED, 0, 0, d, reason);
        }
        if (here != null) {
            return new DossierStatus(d.id(), here.started ? DossierStatus.State.BUILDING : DossierStatus.State.QUEUED,
                    here.done, here.total, d, null);
        }
        if (late) {
            String reason = new Labels(d.language() == null ? "fr" : d.language()).get("failure.abandoned");
            return new DossierStatus(d.id(), DossierStatus.State.FAILED, 0, 0, d, reason);
        }
        return new DossierStatus(d.id(), DossierStatus.State.QUEUED, 0, 0, d, null); // building on another instance
    }

    /** For monitoring: builds of this instance queued, running, and ended READY or FAILED since it started. */
    public record Activity(int queued, int building, long built, long failed) {}

    public Activity activity() {
        int building = (int) running.values().stream().filter(r -> r.started).count();
        return new Activity(running.size() - building, building, built.get(), failed.get());
    }

    /** A READY dossier, or why it cannot be downloaded. */
    public DossierStatus ready(String tenant, String caseId, String dossierId) {
        DossierStatus status = status(tenant, caseId, dossierId);
        if (status.state() != DossierStatus.State.READY) {
            throw new DossierNotReadyException(status);
        }
        return status;
    }

    /** An open volume: the caller streams and closes {@code content}. */
    public record Opened(DossierStatus dossier, IssuedDossier.Volume volume, InputStream content) {}

    /**
     * Opens volume {@code volume} (1 when null) for {@code actor} and records the download first
     * ({@code record} false for the later range requests of one download).
     */
    public Opened open(String tenant, String caseId, String dossierId, Integer volume, String actor, boolean record) {
        DossierStatus dossier = ready(tenant, caseId, dossierId);
        IssuedDossier.Volume chosen = volume(dossier, volume);
        InputStream content = store.get(Blobs.key(tenant, chosen.sha256()));
        if (record) {
            try {
                recordDownload(tenant, caseId, dossier, chosen, "pdf", actor, "api");
            } catch (RuntimeException e) {
                try {
                    content.close();
                } catch (IOException ignored) {
                    // nothing was read; closing is best effort
                }
                throw e;
            }
        }
        return new Opened(dossier, chosen, content);
    }

    /**
     * Streams the ZIP export (volumes, manifest, originals) built on the fly from the store, every part
     * checked against its SHA-256 on the way; the download is recorded before the first byte.
     */
    public void writeZip(String tenant, String caseId, String dossierId, String actor, OutputStream out)
            throws IOException {
        DossierStatus dossier = ready(tenant, caseId, dossierId);
        byte[] manifest = store.getBytes(DossierJob.manifestKey(tenant, caseId, dossierId));
        JsonNode root = JSON.readTree(manifest);
        List<DossierZip.Part> parts = new ArrayList<>();
        for (IssuedDossier.Volume v : dossier.volumes()) {
            String name = root.path("volumes").path(v.number() - 1).path("file").asText("dossier-vol" + v.number() + ".pdf");
            String blob = Blobs.key(tenant, v.sha256());
            parts.add(new DossierZip.Part(name, () -> store.get(blob), v.sha256(), null));
        }
        parts.add(new DossierZip.Part(Attachments.MANIFEST, () -> new java.io.ByteArrayInputStream(manifest), null, null));
        for (JsonNode exhibit : root.path("exhibits")) {
            String sha256 = exhibit.path("sha256").asText();
            String blob = Blobs.key(tenant, sha256);
            parts.add(new DossierZip.Part(DossierZip.ORIGINALS + exhibit.path("attachment").asText(),
                    () -> store.get(blob), sha256, exhibit.path("documentId").asText()));
        }
        recordDownload(tenant, caseId, dossier, null, "zip", actor, "api");
        DossierZip.write(parts, out);
    }

    /** A time-limited URL of one volume (presigned on S3, a signed token on the file store), recorded as a download. */
    public record Link(URI url, Instant expiresAt, IssuedDossier.Volume volume) {}

    public Link link(String tenant, String caseId, String dossierId, Integer volume, String actor) {
        DossierStatus dossier = ready(tenant, caseId, dossierId);
        IssuedDossier.Volume chosen = volume(dossier, volume);
        URI url = store.presignGet(Blobs.key(tenant, chosen.sha256()), settings.linkTtl());
        recordDownload(tenant, caseId, dossier, chosen, "pdf", actor, "link");
        return new Link(url, clock.instant().plus(settings.linkTtl()), chosen);
    }

    private void recordDownload(String tenant, String caseId, DossierStatus dossier, IssuedDossier.Volume volume,
                                String format, String actor, String via) {
        String as = volume != null && dossier.volumes().size() > 1 ? format + "-volume-" + volume.number() : format;
        cases.record(tenant, caseId, actor, new EventData.OutputDownloaded("dossier", dossier.id(), as, via));
    }

    /** Volume {@code number} (1 when null) of a dossier, or a 422 naming how many it has. */
    public static IssuedDossier.Volume volume(DossierStatus dossier, Integer number) {
        int n = number == null ? 1 : number;
        if (n < 1 || n > dossier.volumes().size()) {
            throw new InvalidCommandException(List.of(new Violation("volume",
                    "this dossier has " + dossier.volumes().size() + " volume(s), numbered from 1")));
        }
        return dossier.volumes().get(n - 1);
    }

    /** Stops taking builds; builds already running finish (their threads are daemons: a JVM exit abandons them). */
    @Override
    public void close() {
        pool.shutdown();
        deadlines.shutdownNow();
    }
}
