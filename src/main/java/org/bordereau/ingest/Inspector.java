package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything ingestion learns from a staged file before anything is stored, in order:
 * detect (allowlist) → read (Tika, limits) → OCR when there is no text layer → classify and extract.
 * E-mail attachments go through the same steps, recursively, up to the nesting limit. The whole
 * tree is inspected first so that a refusal (of the top file) happens before a single byte is stored.
 * An attachment that would be refused on its own is left out with a warning on its e-mail instead:
 * the e-mail is valid evidence, and its stored bytes still hold the attachment.
 */
final class Inspector {
    private static final Logger LOG = LoggerFactory.getLogger(Inspector.class);
    /** Below this many non-space characters per page, a PDF is taken for a scan (issue 4). */
    static final int MIN_CHARS_PER_PAGE = 20;

    /**
     * A file as inspected; closing deletes its temporary file and its attachments'. {@code known}: the
     * attachments left out because the case already holds the same bytes.
     */
    record Inspected(StagedFile file, String filename, String declaredType, String mediaType,
                     Document.Extraction extraction, Map<String, String> metadata, List<String> warnings,
                     List<Inspected> attachments, List<Known> known) implements AutoCloseable {
        Inspected {
            metadata = Map.copyOf(metadata);
            warnings = List.copyOf(warnings);
            attachments = List.copyOf(attachments);
            known = List.copyOf(known);
        }

        @Override
        public void close() {
            attachments.forEach(Inspected::close);
            file.close();
        }
    }

    /** An attachment whose bytes are already a document of the case. */
    record Known(String sha256, String filename) {}

    private final TypeDetector detector;
    private final DocumentReader reader;
    private final Ocr ocr;
    private final Extractor extractor;
    private final IngestLimits limits;

    Inspector(TypeDetector detector, DocumentReader reader, Ocr ocr, Extractor extractor, IngestLimits limits) {
        this.detector = detector;
        this.reader = reader;
        this.ocr = ocr;
        this.extractor = extractor;
        this.limits = limits;
    }

    /** Whether scans can be read here (checks for tesseract on first call). */
    boolean ocrAvailable() {
        return ocr.available();
    }

    /**
     * Inspects {@code file} and, for an e-mail, its attachments, skipping those whose SHA-256
     * {@code stored} already knows. Does not take ownership of {@code file}; does of the attachments.
     *
     * @throws DocumentRejectedException when the file itself is refused
     */
    Inspected inspect(StagedFile file, String declaredType, String filename, DocumentKind assertedKind,
                      Predicate<String> stored) {
        Tree tree = new Tree(stored, new HashSet<>(Set.of(file.sha256())), Budget.start(limits), new AtomicInteger());
        return inspect(file, declaredType, filename, assertedKind, 0, tree);
    }

    /**
     * What the files of one upload share: the case's known hashes, the ones seen so far, the time, and
     * the attachments made documents so far ({@code maxAttachments} counts for the whole upload: per
     * e-mail, 50 e-mails of 50 attachments made 2 551 documents from one 668 KB upload).
     */
    private record Tree(Predicate<String> stored, Set<String> seen, Budget budget, AtomicInteger attachments) {}

    private Inspected inspect(StagedFile file, String declaredType, String filename, DocumentKind assertedKind,
                              int depth, Tree tree) {
        TypeDetector.Detection detection = detector.detect(file.path(), declaredType, filename);
        String type = detection.mediaType();
        boolean nestedTooDeep = depth >= limits.maxEmbeddedDepth();
        DocumentReader.Reading reading = reader.read(file.path(), type, !nestedTooDeep, tree.budget().parseLeft());
        boolean handedOver = false;
        try {
            List<String> warnings = new ArrayList<>(detection.warnings());
            warnings.addAll(reading.warnings());
            Text text = text(file, type, reading, tree.budget(), warnings);
            Map<String, String> metadata = new LinkedHashMap<>(reading.metadata());
            if (detection.xmlFormat() != null) {
                metadata.put("xmlFormat", detection.xmlFormat());
            }
            if (reading.pages() > 0) {
                metadata.put("pages", String.valueOf(reading.pages()));
            }
            ReadDocument read = new ReadDocument(file.path(), type, filename, text.text(), text.source(),
                    Map.copyOf(metadata));
            Document.Extraction extraction = extract(read, assertedKind, warnings);
            metadata.put("textSource", text.source());
            List<Known> known = new ArrayList<>();
            List<Inspected> attachments = attachments(reading, depth, tree, known, warnings);
            handedOver = true;
            return new Inspected(file, filename, MediaTypes.declared(declaredType), type, extraction, metadata,
                    warnings, attachments, known);
        } finally {
            if (!handedOver) {
                reading.close(); // the attachments' temporary files; closing twice is harmless
            }
        }
    }

    private record Text(String text, String source) {}

    /** The file's own text, or OCR's for images and for PDFs without a real text layer. */
    private Text text(StagedFile file, String type, DocumentReader.Reading reading, Budget budget,
                      List<String> warnings) {
        String own = reading.text();
        Ocr.Result ocrResult = null;
        if (MediaTypes.IMAGES.contains(type)) {
            ocrResult = ocr.readImage(file.path(), budget.ocrLeft());
        } else if (MediaTypes.PDF.equals(type) && looksScanned(own, reading.pages())) {
            ocrResult = ocr.readPdf(file.path(), reading.pages(), budget.ocrLeft());
        }
        if (ocrResult != null) {
            warnings.addAll(ocrResult.warnings());
            if (!ocrResult.text().isBlank()) {
                return new Text(ocrResult.text(), ReadDocument.SOURCE_OCR);
            }
        }
        if (own.isBlank()) {
            if (ocrResult == null || ocrResult.warnings().isEmpty()) {
                warnings.add("No text was found in this file.");
            }
            return new Text("", ReadDocument.SOURCE_NONE);
        }
        return new Text(own, ReadDocument.SOURCE_TEXT);
    }

    static boolean looksScanned(String text, int pages) {
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return visible < (long) MIN_CHARS_PER_PAGE * Math.max(pages, 1);
    }

    /**
     * Classification and extraction. A kind the uploader states wins, with confidence 1.0, in the same
     * event (atomic); when the classifier read something else, a warning keeps its view. A failure of
     * the extractor never loses the evidence: it is logged, and the file is stored as OTHER.
     */
    private Document.Extraction extract(ReadDocument read, DocumentKind assertedKind, List<String> warnings) {
        Document.Extraction machine;
        try {
            machine = extractor.extract(read);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("extraction failed on a {} file; stored as OTHER", read.mediaType(), e);
            warnings.add("Automatic classification and field extraction failed on this file; it is stored "
                    + "as OTHER. Correct its kind and fields by hand.");
            machine = new Document.Extraction(DocumentKind.OTHER, 0.0, Map.of());
        }
        if (assertedKind == null) {
            return machine;
        }
        if (machine.kind() != assertedKind) {
            warnings.add("The kind " + assertedKind + " was given with the upload; the classifier read "
                    + machine.kind() + String.format(Locale.ROOT, " (confidence %.2f).",
                    machine.kindConfidence()));
        }
        return new Document.Extraction(assertedKind, 1.0, machine.fields());
    }

    private List<Inspected> attachments(DocumentReader.Reading reading, int depth, Tree tree, List<Known> known,
                                        List<String> warnings) {
        List<Inspected> inspected = new ArrayList<>();
        try {
            for (MailParts.Attachment attachment : reading.attachments()) {
                StagedFile file = attachment.file();
                if (tree.stored().test(file.sha256())) {
                    known.add(new Known(file.sha256(), attachment.filename()));
                    file.close();
                } else if (!tree.seen().add(file.sha256())) {
                    file.close(); // the same file twice in one upload: one document
                } else if (tree.attachments().incrementAndGet() > limits.maxAttachments()) {
                    file.close();
                    if (tree.attachments().get() == limits.maxAttachments() + 1) {
                        warnings.add("More than " + limits.maxAttachments() + " attachments in this upload: the "
                                + "others stay inside the e-mails they came in, which are kept whole.");
                    }
                } else {
                    inspectAttachment(attachment, depth, tree, warnings).ifPresent(inspected::add);
                }
            }
        } catch (RuntimeException | Error e) { // an Error too: copies of the evidence must not stay behind
            inspected.forEach(Inspected::close);
            throw e;
        }
        return inspected;
    }

    private Optional<Inspected> inspectAttachment(MailParts.Attachment attachment, int depth, Tree tree,
                                                  List<String> warnings) {
        StagedFile file = attachment.file();
        try {
            return Optional.of(inspect(file, attachment.declaredType(), attachment.filename(), null, depth + 1, tree));
        } catch (DocumentRejectedException e) {
            file.close();
            String name = attachment.filename() == null ? "(no name)" : "\"" + attachment.filename() + "\"";
            warnings.add("The attachment " + name + " was not made a document: " + e.detail());
            return Optional.empty();
        }
    }
}
