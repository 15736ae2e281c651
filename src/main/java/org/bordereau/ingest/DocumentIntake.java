package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Document;
import org.bordereau.cases.EventData;
import org.bordereau.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts evidence on a case (issue 4): one upload in, one document per distinct file out (an e-mail
 * and each of its attachments), or a clear refusal that leaves nothing behind.
 *
 * <p>Order: check the file name → stage the body to disk while hashing it → load the case → the
 * same bytes already on the case: return that document, store nothing → inspect the whole file tree
 * (detect, read, OCR, classify, extract: {@link Inspector}) → only then store: for each file its blob
 * ({@code t/{tenant}/blobs/sha256/{aa}/{hash}}, write-once) and then its DOCUMENT_ADDED event, the
 * e-mail before its attachments (which carry its id as {@code parentId}). A refusal can therefore
 * only happen before anything is stored. Temporary files are deleted on every path.
 *
 * <p>If storage fails after the e-mail was recorded but before all its attachments were, sending the
 * same e-mail again completes it: the duplicate is answered with the existing document, and its
 * missing attachments are added then.
 */
public final class DocumentIntake {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIntake.class);
    private static final int LOCK_STRIPES = 64;

    private final BlobStore store;
    private final CaseService cases;
    private final Extractor extractor;
    private final IngestLimits limits;
    private final Path tempDir;
    private final String tesseract;
    private final Staging staging;
    private final DocumentIds ids;
    private Inspector inspector; // built on first use: loading Tika's parsers takes seconds
    private final Object[] caseLocks = new Object[LOCK_STRIPES];

    public DocumentIntake(BlobStore store, CaseService cases, Extractor extractor, IngestLimits limits, Path tempDir) {
        this(store, cases, extractor, limits, tempDir, "tesseract", Clock.systemUTC());
    }

    /** An intake that can only {@link #preview} (the CLI's {@code extract FILE}): it has no store and no cases. */
    public static DocumentIntake previewOnly(Extractor extractor, IngestLimits limits, Path tempDir) {
        return new DocumentIntake(null, null, extractor, limits, tempDir);
    }

    /** {@code tesseract}: the OCR command (tests name a missing one to run as if it were not installed). */
    DocumentIntake(BlobStore store, CaseService cases, Extractor extractor, IngestLimits limits, Path tempDir,
                   String tesseract, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.extractor = extractor;
        this.limits = limits;
        this.tempDir = tempDir;
        this.tesseract = tesseract;
        this.staging = new Staging(tempDir, limits.maxBytes());
        this.ids = new DocumentIds(clock);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            caseLocks[i] = new Object();
        }
    }

    /**
     * Loads Tika's parsers (seconds, once per process), reads a one-page PDF and checks for tesseract,
     * so that the first upload does not pay for it (DESIGN.md §8: warm at start-up). Safe to call from
     * a background thread while the server already answers.
     */
    public void warmUp() {
        Path sample = null;
        try {
            sample = Files.write(Files.createTempFile(tempDir, "warm-up-", ".pdf"), WarmUp.pdf());
            preview(sample, "warm-up.pdf");
            inspector().ocrAvailable();
        } catch (IOException e) {
            throw new UncheckedIOException("warming up ingestion failed", e);
        } finally {
            if (sample != null) {
                StagedFile.delete(sample);
            }
        }
    }

    /**
     * Adds the uploaded file to the case. Reads {@code upload.body()} to its end; does not close it.
     *
     * @throws DocumentRejectedException                 the file is refused; nothing was stored
     * @throws org.bordereau.cases.CaseNotFoundException no such case for this tenant
     */
    public IntakeResult add(String tenant, String actor, String caseId, Upload upload) {
        String filename = Filenames.check(upload.filename());
        try (StagedFile staged = staging.stage(upload.body())) {
            Case current = cases.get(tenant, caseId);
            Optional<Document> existing = current.documentBySha256(staged.sha256());
            if (existing.isPresent()) {
                return again(tenant, actor, current, existing.get(), staged);
            }
            try (Inspector.Inspected file = inspector().inspect(staged, upload.declaredType(), filename, upload.kind(),
                    sha -> current.documentBySha256(sha).isPresent())) {
                return record(tenant, actor, current.id(), file, upload.note());
            }
        }
    }

    private synchronized Inspector inspector() {
        if (inspector == null) {
            TikaConfig tika = TikaConfig.getDefaultConfig();
            TimeLimit timeLimit = new TimeLimit();
            inspector = new Inspector(new TypeDetector(tika), new DocumentReader(tika, limits, tempDir, timeLimit),
                    new Ocr(tesseract, tempDir, limits, timeLimit), extractor, limits);
        }
        return inspector;
    }

    /**
     * The same bytes again: the existing document, nothing new, except for an e-mail whose attachments
     * were not all recorded (storage failed half-way through the first upload): those are added now.
     */
    private IntakeResult again(String tenant, String actor, Case current, Document existing, StagedFile staged) {
        if (MediaTypes.EMAILS.contains(existing.mediaType())) {
            try (Inspector.Inspected file = inspector().inspect(staged, existing.declaredType(), existing.filename(),
                    null, sha -> current.documentBySha256(sha).isPresent())) {
                return record(tenant, actor, current.id(), file, existing.note());
            } catch (DocumentRejectedException e) {
                // It was accepted once (limits may have changed since): answer with what is there.
                LOG.warn("re-reading e-mail {} of case {} to complete its attachments failed: {}", existing.id(),
                        current.id(), e.getMessage());
            }
        }
        return new IntakeResult(existing, false, descendants(current, existing.id()));
    }

    /**
     * What {@link #add} would record for a local file, without storing anything: the CLI's
     * {@code extract FILE}. Same checks, limits and refusals as an upload.
     */
    public ExtractionPreview preview(Path file, String filename) {
        String name = Filenames.check(filename);
        try (InputStream in = Files.newInputStream(file); StagedFile staged = staging.stage(in);
             Inspector.Inspected inspected = inspector().inspect(staged, null, name, null, sha -> false)) {
            return ExtractionPreview.of(inspected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Stores the inspected tree under the case's lock stripe, so that two uploads of the same bytes to
     * one case on this instance make one document. (Across instances both could win; the result is
     * the same evidence listed twice, never lost or altered.)
     */
    private IntakeResult record(String tenant, String actor, String caseId, Inspector.Inspected file, String note) {
        synchronized (caseLocks[Math.floorMod((tenant + "/" + caseId).hashCode(), LOCK_STRIPES)]) {
            Case current = cases.get(tenant, caseId);
            Optional<Document> existing = current.documentBySha256(file.file().sha256());
            Document top = existing.orElseGet(() -> recordOne(tenant, actor, caseId, file, note, null));
            List<Document> attachments = new ArrayList<>();
            recordAttachments(tenant, actor, caseId, file, top.id(), attachments);
            if (existing.isPresent()) {
                return new IntakeResult(top, false, descendants(cases.get(tenant, caseId), top.id()));
            }
            return new IntakeResult(top, true, attachments);
        }
    }

    private void recordAttachments(String tenant, String actor, String caseId, Inspector.Inspected parent,
                                   String parentId, List<Document> recorded) {
        for (Inspector.Inspected child : parent.attachments()) {
            Optional<Document> existing = cases.get(tenant, caseId).documentBySha256(child.file().sha256());
            Document document = existing.orElseGet(() -> recordOne(tenant, actor, caseId, child, null, parentId));
            recorded.add(document);
            recordAttachments(tenant, actor, caseId, child, document.id(), recorded);
        }
    }

    /** The blob first, then the event: the log never points at bytes that are not there. */
    private Document recordOne(String tenant, String actor, String caseId, Inspector.Inspected file, String note,
                               String parentId) {
        StagedFile bytes = file.file();
        store.putEvidenceIfAbsent(EvidenceContent.blobKey(tenant, bytes.sha256()), bytes.path(), file.mediaType());
        String id = ids.next();
        cases.record(tenant, caseId, actor, new EventData.DocumentAdded(id, bytes.sha256(), bytes.size(),
                file.mediaType(), file.declaredType(), file.filename(), file.extraction(), file.metadata(),
                warnings(tenant, caseId, file), parentId, note));
        return cases.get(tenant, caseId).document(id).orElseThrow(() -> new IllegalStateException(
                "document " + id + " was recorded but is not in the case"));
    }

    /** The inspection's warnings, and which attachments are documents of the case already. */
    private List<String> warnings(String tenant, String caseId, Inspector.Inspected file) {
        List<String> warnings = new ArrayList<>(file.warnings());
        if (!file.known().isEmpty()) {
            Case current = cases.get(tenant, caseId);
            for (Inspector.Known known : file.known()) {
                current.documentBySha256(known.sha256()).ifPresent(d -> warnings.add("The attachment "
                        + (known.filename() == null ? "(no name)" : "\"" + known.filename() + "\"")
                        + " is the same file as document " + d.id() + ", already on the case."));
            }
        }
        return warnings;
    }

    /** The attachments of a document, and theirs, in the order they were added. */
    private static List<Document> descendants(Case c, String id) {
        List<Document> found = new ArrayList<>();
        for (Document d : c.documents()) {
            if (id.equals(d.parentId())) {
                found.add(d);
                found.addAll(descendants(c, d.id()));
            }
        }
        return found;
    }
}
