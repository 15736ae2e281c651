package org.bordereau.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.bordereau.ingest.DocumentRejectedException.Reason;
import org.xml.sax.ContentHandler;

/**
 * Reads a detected file with Tika's parsers, within the limits (DESIGN.md §7):
 * <ul>
 *   <li>time: the parse runs under {@link TimeLimit}; past {@code parseTimeout} the file is refused
 *       (TIMEOUT);</li>
 *   <li>text: at most {@code maxTextChars} characters are kept, the rest is cut with a warning. An
 *       expansion attack is told apart by Tika's SecureContentHandler (past a million characters, more
 *       than 100 characters out per byte in) and refused as TOO_COMPLEX, as are zip packages that fail
 *       {@link ZipPackageCheck}; XML entity expansion is capped by the JDK limits Tika sets;</li>
 *   <li>nesting: embedded files are never parsed inside their container. E-mail attachments become
 *       files of their own (see {@link MailParts}); anything embedded in other files (images in a .docx,
 *       the Factur-X XML in a PDF) stays in the stored original and is not read here.</li>
 * </ul>
 * Tika's own OCR is switched off: {@link Ocr} does it explicitly, with its own time limit.
 */
final class DocumentReader {
    /** What the parser read. Close it to delete the attachments' temporary files. */
    record Reading(String text, int pages, Map<String, String> metadata, List<MailParts.Attachment> attachments,
                   List<String> warnings) implements AutoCloseable {
        Reading {
            metadata = Map.copyOf(metadata);
            attachments = List.copyOf(attachments);
            warnings = List.copyOf(warnings);
        }

        @Override
        public void close() {
            attachments.forEach(MailParts.Attachment::close);
        }
    }

    private final AutoDetectParser parser;
    private final IngestLimits limits;
    private final Staging attachments;
    private final TimeLimit timeLimit;

    DocumentReader(TikaConfig tika, IngestLimits limits, Path tempDir, TimeLimit timeLimit) {
        this.parser = new AutoDetectParser(tika);
        this.limits = limits;
        this.attachments = new Staging(tempDir, limits.maxBytes());
        this.timeLimit = timeLimit;
    }

    /** {@link #read(Path, String, boolean, Duration)} with the whole parse time limit. */
    Reading read(Path file, String mediaType, boolean withAttachments) {
        return read(file, mediaType, withAttachments, limits.parseTimeout());
    }

    /**
     * @param withAttachments for e-mails: collect attachments (false past the nesting limit)
     * @param timeLeft        what is left of the upload's parse time ({@link Budget})
     * @throws DocumentRejectedException TIMEOUT, TOO_COMPLEX, ENCRYPTED or CORRUPT
     */
    Reading read(Path file, String mediaType, boolean withAttachments, Duration timeLeft) {
        try {
            if (timeLeft.isZero()) {
                throw new TimeoutException("no parse time left for this upload");
            }
            return timeLimit.run("ingest-parse", timeLeft,
                    cancellation -> parse(file, mediaType, withAttachments, cancellation));
        } catch (TimeoutException e) {
            throw new DocumentRejectedException(Reason.TIMEOUT, "Reading the " + ParseFailures.describe(mediaType)
                    + " took longer than the time allowed (" + limits.parseTimeout().toSeconds()
                    + " s per upload, attachments included). Send a simpler or smaller version, e.g. a PDF export.",
                    e);
        } catch (InterruptedException e) {
            // The server is stopping this request: not the file's fault, so not a refusal.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a file", e);
        } catch (Exception e) {
            throw ParseFailures.classify(e, mediaType);
        }
    }

    private Reading parse(Path file, String mediaType, boolean withAttachments,
                          TimeLimit.Cancellation cancellation) throws Exception {
        if (MediaTypes.ZIP_PACKAGES.contains(mediaType)) {
            ZipPackageCheck.check(file, cancellation);
        }
        boolean email = MediaTypes.EMAILS.contains(mediaType);
        ParseContext context = context();
        MailParts parts = email ? mailParts(context, withAttachments) : null;
        context.set(EmbeddedDocumentExtractor.class, parts != null ? parts : new NoEmbeddedParsing());
        BodyContentHandler text = new BodyContentHandler(limits.maxTextChars());
        ContentHandler handler = new CancellableHandler(text, cancellation);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        List<String> warnings = new ArrayList<>();
        boolean done = false;
        try {
            try (TikaInputStream in = TikaInputStream.get(file)) {
                parser.parse(in, handler, metadata, context);
            } catch (Exception e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw e;
                }
                warnings.add("The text was cut at " + limits.maxTextChars() + " characters; the stored file is whole.");
            }
            Reading reading = reading(text.toString().strip(), metadata, email, parts, warnings);
            done = true;
            return reading;
        } finally {
            if (!done && parts != null) {
                parts.discard(); // attachments staged before the failure
            }
        }
    }

    private static Reading reading(String text, Metadata metadata, boolean email, MailParts parts,
                                   List<String> warnings) {
        List<MailParts.Attachment> kept = List.of();
        if (parts != null) {
            kept = parts.attachments();
            warnings.addAll(parts.warnings());
        }
        Map<String, String> facts = email ? MailHeaders.of(metadata) : Map.of();
        return new Reading(text, pages(metadata), facts, kept, warnings);
    }

    private MailParts mailParts(ParseContext context, boolean withAttachments) {
        EmbeddedDocumentExtractor body = new ParsingEmbeddedDocumentExtractor(context);
        return new MailParts(body, attachments, withAttachments ? limits.maxAttachments() : 0);
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noTikaOcr = new TesseractOCRConfig();
        noTikaOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noTikaOcr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        // The SAX reader streams a .docx; the default one builds it in memory first (see ZipPackageCheck).
        office.setUseSAXDocxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static int pages(Metadata metadata) {
        String pages = metadata.get("xmpTPg:NPages");
        try {
            return pages == null ? 0 : Integer.parseInt(pages);
        } catch (NumberFormatException e) {
            return 0; // a page count the file states wrongly only weakens the OCR decision
        }
    }
}
