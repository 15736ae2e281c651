package org.bordereau.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Contact;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.NewCase;
import org.bordereau.cases.Party;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;

/**
 * The ingestion graph as the application wires it, on a file store in a test folder, with one open
 * case: real Tika, real tesseract (when installed), real event log. Each test gets a fresh one.
 */
final class IngestBench {
    static final String TENANT = "acme";
    static final String AGENT = "agent:alice";

    final BlobStore store;
    final CaseService cases;
    final DocumentIntake intake;
    final Path tempDir;
    final String caseId;

    IngestBench(Path dir) {
        this(dir, limits(), "tesseract");
    }

    IngestBench(Path dir, IngestLimits limits, String tesseract) {
        try {
            this.tempDir = Files.createDirectories(dir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.store = new FileBlobStore(dir.resolve("data"));
        this.cases = new CaseService(store, Clock.systemUTC());
        this.intake = new DocumentIntake(store, cases, new Extractor(), limits, tempDir, tesseract, Clock.systemUTC());
        this.caseId = cases.create(TENANT, AGENT, newCase()).id();
    }

    /** The defaults, with a 20 MB size limit (DESIGN.md says 100 MB; nothing here needs more). */
    static IngestLimits limits() {
        return IngestLimits.defaults(20L * 1024 * 1024);
    }

    static IngestLimits limits(long maxBytes, Duration parseTimeout, int maxTextChars, int maxDepth, int maxAttachments) {
        return new IngestLimits(maxBytes, parseTimeout, maxTextChars, maxDepth, maxAttachments, Duration.ofSeconds(60));
    }

    IntakeResult add(byte[] bytes, String filename, String declaredType) {
        return add(bytes, filename, declaredType, null);
    }

    IntakeResult add(byte[] bytes, String filename, String declaredType, DocumentKind kind) {
        Upload upload = new Upload(new ByteArrayInputStream(bytes), declaredType, filename, kind, null);
        return intake.add(TENANT, AGENT, caseId, upload);
    }

    Case currentCase() {
        return cases.get(TENANT, caseId);
    }

    /** Every evidence blob of the tenant. */
    List<String> blobs() {
        return store.listAll("t/" + TENANT + "/blobs/").stream().map(BlobStore.BlobInfo::key).toList();
    }

    /** What is left in the temporary folder (nothing, once a request is over). */
    List<Path> tempFiles() {
        try (Stream<Path> files = Files.list(tempDir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A French creditor (valid SIREN and SIRET) claiming from a Moroccan debtor (valid ICE). */
    static NewCase newCase() {
        Party creditor = new Party("Acme SAS", "SAS", null, "732829320", "73282932000074", "RCS Paris 732 829 320",
                "FR44732829320", "1 rue de la Paix\n75002 Paris", "recouvrement@acme.fr", "01 23 45 67 89");
        Party debtor = new Party("Beta SARL", "SARL", "001561191000066", null, null, "RC Casablanca 123456",
                "IF 1234567", "12 boulevard Zerktouni, Casablanca", "compta@beta.ma", "+212 522-123-456");
        return new NewCase("ACME-2025-001", "MA", "MAD", creditor, debtor,
                new Contact("Karim Benali", "CFO", "k.benali@beta.ma", "+212 5 22 12 34 56"));
    }
}
