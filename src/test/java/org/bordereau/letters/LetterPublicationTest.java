package org.bordereau.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.Blobs;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.EventData;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.LetterKind;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.storage.StorageUnavailableException;
import org.bordereau.testing.CaseFiles;
import org.bordereau.testing.ForwardingBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a letter leaves behind when publishing it fails half-way: the PDF and then the LETTER_ISSUED event
 * are written while the issued index is written beside them, and an index entry must never vouch for a
 * letter the case lacks.
 * The PDF itself is beside the point here: a stand-in renderer and sealer make its bytes.
 */
class LetterPublicationTest {
    @TempDir
    Path dir;

    private EventWritesFail store;
    private LetterService letters;
    private IssuedIndex index;
    private String caseId;
    private byte[] lastSealed;

    @BeforeEach
    void openCase() {
        CaseFiles files = new CaseFiles(dir, Instant.parse("2025-06-30T10:00:00Z"));
        caseId = files.frenchCase("PUB-001").id();
        files.commands.addClaim(CaseFiles.TENANT, caseId, CaseFiles.AGENT, new EventData.ClaimAdded("F-1",
                CaseFiles.d("2025-01-10"), CaseFiles.d("2025-02-09"), CaseFiles.m("1000"), null, List.of(), null));
        store = new EventWritesFail(new FileBlobStore(dir));
        index = new IssuedIndex(store);
        LetterRenderer renderer = (draft, out) -> {
            out.write(("%PDF-1.7 letter " + draft.letterId()).getBytes(StandardCharsets.US_ASCII));
            return 1;
        };
        Sealer sealer = new Sealer() {
            @Override
            public Sealed seal(String tenant, Path in, Path out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Sealed seal(String tenant, byte[] pdf, OutputStream out) throws java.io.IOException {
                out.write(pdf);
                lastSealed = pdf.clone();
                return new Sealed("PAdES-BASELINE-B", true, null);
            }

            @Override
            public boolean isDevelopment(String tenant) {
                return true;
            }
        };
        letters = new LetterService(new CaseService(store, files.clock), files.statements, renderer, sealer, store,
                index, files.clock, dir.resolve("tmp"));
    }

    @Test
    void anIssuedLetterIsOnTheCaseAndInTheIndex() {
        IssuedLetter letter = letters.issue(CaseFiles.TENANT, caseId, CaseFiles.AGENT, relance(), null);

        assertThat(letters.letters(CaseFiles.TENANT, caseId)).extracting(IssuedLetter::id).containsExactly(letter.id());
        assertThat(index.find(CaseFiles.TENANT, letter.sha256())).get()
                .satisfies(e -> assertThat(e.outputId()).isEqualTo(letter.id()))
                .satisfies(e -> assertThat(e.caseId()).isEqualTo(caseId));
    }

    @Test
    void aLetterWhoseEventCannotBeWrittenIsNeitherOnTheCaseNorInTheIndex() {
        store.failEvents = true;

        assertThatThrownBy(() -> letters.issue(CaseFiles.TENANT, caseId, CaseFiles.AGENT, relance(), null))
                .isInstanceOf(StorageUnavailableException.class);

        store.failEvents = false;
        String sha256 = Blobs.sha256(lastSealed);
        assertThat(index.find(CaseFiles.TENANT, sha256)).isEmpty();
        assertThat(letters.letters(CaseFiles.TENANT, caseId)).isEmpty();
    }

    @Test
    void aLetterWhosePdfCannotBeStoredIsNeitherOnTheCaseNorInTheIndex() {
        store.failPdfs = true;

        assertThatThrownBy(() -> letters.issue(CaseFiles.TENANT, caseId, CaseFiles.AGENT, relance(), null))
                .isInstanceOf(StorageUnavailableException.class);

        store.failPdfs = false;
        String sha256 = Blobs.sha256(lastSealed);
        store.awaitJsonWrite(sha256); // the index entry is written on another thread: judge once it was
        assertThat(index.find(CaseFiles.TENANT, sha256)).isEmpty();
        assertThat(letters.letters(CaseFiles.TENANT, caseId)).isEmpty();
    }

    private static LetterRequest relance() {
        return new LetterRequest(LetterKind.RELANCE, "fr", null, null, false);
    }

    /** The real file store, whose event appends fail while {@code failEvents} is set, and PDF writes while {@code failPdfs} is. */
    private static final class EventWritesFail extends ForwardingBlobStore {
        volatile boolean failEvents;
        volatile boolean failPdfs;
        private final java.util.Set<String> jsonWritten = java.util.concurrent.ConcurrentHashMap.newKeySet();

        EventWritesFail(BlobStore store) {
            super(store);
        }

        @Override
        public boolean putIfAbsent(String key, InputStream data, long size, String contentType) {
            if (failEvents && key.contains("/events/") || failPdfs && "application/pdf".equals(contentType)) {
                throw new StorageUnavailableException("test: the event log went away", null);
            }
            boolean written = super.putIfAbsent(key, data, size, contentType);
            if ("application/json".equals(contentType)) {
                jsonWritten.add(key);
            }
            return written;
        }

        void awaitJsonWrite(String containing) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (jsonWritten.stream().noneMatch(k -> k.contains(containing))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no JSON object naming " + containing + " was written");
                }
                Thread.onSpinWait();
            }
        }
    }
}
