package org.bordereau.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Ulids;
import org.bordereau.cases.Violation;
import org.bordereau.rules.Statement;
import org.bordereau.rules.StatementLine;
import org.bordereau.rules.Statements;
import org.bordereau.storage.BlobStore;

/**
 * Issues signed letters (see the package documentation for the order of the steps) and reads them
 * back. Work files live in {@code tempDir} and are deleted whatever happens.
 */
public final class LetterService {
    private static final int INITIAL_BUFFER = 128 * 1024;

    private final CaseService cases;
    private final Statements statements;
    private final LetterRenderer renderer;
    private final Sealer sealer;
    private final BlobStore store;
    private final IssuedIndex issued;
    private final Clock clock;
    private final Path tempDir;
    private final Ulids ids;
    private final LetterDefaults defaults = LetterDefaults.load();
    /** Writes issued-index entries beside the events; daemon threads that end when idle. */
    private final ExecutorService indexWriter = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "letter-index");
        thread.setDaemon(true);
        return thread;
    });

    public LetterService(CaseService cases, Statements statements, LetterRenderer renderer, Sealer sealer,
                         BlobStore store, IssuedIndex issued, Clock clock, Path tempDir) {
        this.cases = cases;
        this.statements = statements;
        this.renderer = renderer;
        this.sealer = sealer;
        this.store = store;
        this.issued = issued;
        this.clock = clock;
        this.tempDir = tempDir;
        this.ids = new Ulids(clock);
    }

    /**
     * Issues one letter. {@code letterId} may be given: a retry with the same id returns the letter
     * already issued instead of a second one. Null: a new id.
     */
    public IssuedLetter issue(String tenant, String caseId, String actor, LetterRequest request, String letterId) {
        List<Violation> problems = new ArrayList<>(LetterChecks.request(request, defaults));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Case file = cases.get(tenant, caseId);
        if (letterId != null && file.outputs().letter(letterId).isPresent()) {
            return file.outputs().letter(letterId).get(); // a retry of a request that got this far
        }
        LocalDate today = CaseDates.today(file, clock);
        Statement statement = statements.of(file, today);
        problems.addAll(LetterChecks.file(file, statement, request, day -> statements.of(file, day)));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        String id = letterId != null ? letterId : ids.next();
        int days = request.deadlineDays() != null ? request.deadlineDays() : defaults.deadlineDays().get(request.kind());
        List<Path> work = new ArrayList<>();
        try {
            List<Path> invoices = request.appendInvoices() ? copyInvoices(tenant, file, statement, work) : List.of();
            LetterDraft draft = new LetterDraft(tenant, id, request.kind(), request.language(), file, statement, today,
                    today.plusDays(days), LetterChecks.planOf(file, request), invoices, file.chainHead(),
                    sealer.isDevelopment(tenant));
            // A letter is tens of kilobytes (a few megabytes with invoices appended): it stays in memory
            // from layout to store, where work files cost more than the signing itself.
            ByteArrayOutputStream rendered = new ByteArrayOutputStream(INITIAL_BUFFER);
            int pages = renderer.render(draft, rendered);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(rendered.size() + INITIAL_BUFFER / 4);
            Sealer.Sealed seal = sealer.seal(tenant, rendered.toByteArray(), sealed);
            byte[] pdf = sealed.toByteArray();
            String sha256 = Blobs.sha256(pdf);
            EventData.LetterIssued recorded = new EventData.LetterIssued(id, request.kind(), request.language(), sha256,
                    pdf.length, pages, today, draft.deadline(), invoiceNumbers(statement), statement.totals().totalDue(),
                    statement.currency(), file.chainHead(), seal.level(), seal.developmentSeal(), seal.downgrade());
            CaseEvent event = publish(tenant, caseId, actor, pdf, recorded,
                    new IssuedIndex.Entry(caseId, file.reference(), "letter", id, clock.instant()));
            return IssuedLetter.of(event, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException("issuing letter " + id + " on case " + caseId, e);
        } finally {
            work.forEach(LetterService::deleteQuietly);
        }
    }

    /**
     * Stores the PDF, then appends LETTER_ISSUED (in that order: an event never names a PDF that is not
     * stored), while the issued index is written beside them: each is forced to disk, and the index's
     * flush overlaps the other two instead of following them. An index entry whose PDF or event failed
     * is removed, so that no verification vouches for a letter the case lacks.
     */
    private CaseEvent publish(String tenant, String caseId, String actor, byte[] pdf, EventData.LetterIssued letter,
                              IssuedIndex.Entry entry) {
        CompletableFuture<Void> indexed = CompletableFuture.runAsync(
                () -> issued.record(tenant, letter.sha256(), entry), indexWriter);
        CaseEvent event;
        try {
            store.putEvidenceIfAbsent(Blobs.key(tenant, letter.sha256()), new ByteArrayInputStream(pdf), pdf.length,
                    "application/pdf");
            event = cases.record(tenant, caseId, actor, letter);
        } catch (RuntimeException e) {
            try {
                indexed.join();
                issued.forget(tenant, letter.sha256());
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        try {
            indexed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return event;
    }

    /** The letter recorded on the case (404 as {@link LetterNotFoundException}). */
    public IssuedLetter letter(String tenant, String caseId, String letterId) {
        return cases.get(tenant, caseId).outputs().letter(letterId)
                .orElseThrow(() -> new LetterNotFoundException(letterId));
    }

    public List<IssuedLetter> letters(String tenant, String caseId) {
        return cases.get(tenant, caseId).outputs().letters();
    }

    /**
     * Opens a letter's PDF for {@code actor} and records the download (chain of custody) before the
     * first byte leaves ({@code record}: false for the later range requests of one download). The caller
     * closes the stream.
     */
    public Opened open(String tenant, String caseId, String letterId, String actor, String via, boolean record) {
        IssuedLetter letter = letter(tenant, caseId, letterId);
        InputStream content = store.get(Blobs.key(tenant, letter.sha256()));
        if (!record) {
            return new Opened(letter, content);
        }
        try {
            cases.record(tenant, caseId, actor, new EventData.OutputDownloaded("letter", letterId, "pdf", via));
        } catch (RuntimeException e) {
            closeQuietly(content);
            throw e;
        }
        return new Opened(letter, content);
    }

    public record Opened(IssuedLetter letter, InputStream content) {}

    /** The PDFs of the invoices still unpaid, in statement order, copied out of the store for the renderer. */
    private List<Path> copyInvoices(String tenant, Case file, Statement statement, List<Path> work) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        List<Path> copies = new ArrayList<>();
        for (StatementLine line : statement.lines()) {
            if (line.outstanding().signum() <= 0) {
                continue;
            }
            Claim claim = file.recovery().claim(line.invoiceNumber()).orElse(null);
            if (claim == null) {
                continue;
            }
            for (String docId : claim.documentIds()) {
                Document doc = file.document(docId).orElse(null);
                if (doc != null && doc.kind() == DocumentKind.INVOICE && "application/pdf".equals(doc.mediaType())
                        && seen.add(doc.sha256())) {
                    Path copy = temp(work, ".pdf");
                    try (InputStream in = store.get(Blobs.key(tenant, doc.sha256()))) {
                        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    copies.add(copy);
                }
            }
        }
        return copies;
    }

    private static List<String> invoiceNumbers(Statement statement) {
        return statement.lines().stream().filter(l -> l.outstanding().signum() > 0).map(StatementLine::invoiceNumber)
                .toList();
    }

    private Path temp(List<Path> work, String suffix) throws IOException {
        Files.createDirectories(tempDir);
        Path file = Files.createTempFile(tempDir, "letter-", suffix);
        work.add(file);
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover work file in BORDEREAU_TMP holds nothing secret beyond the letter; not worth failing for
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read yet; closing is best effort
        }
    }
}
