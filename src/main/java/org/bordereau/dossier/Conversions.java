package org.bordereau.dossier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 1, convert: picks the converter for each original and gives converters what they share
 * (fonts, texts, a private temporary folder, the external programs found here). A converter that
 * fails never fails the dossier: the exhibit becomes a placeholder page and the manifest says why.
 *
 * <p>Thread-safe: a build converts several exhibits at once ({@link ConverterSettings#parallelism}). What
 * converters share across threads is handed out here: LibreOffice profiles, one per running instance
 * ({@link #borrowOfficeProfile}), and the right to decode pixels into heap, one picture at a time
 * ({@link #decoding}).
 */
final class Conversions {
    private static final Logger LOG = LoggerFactory.getLogger(Conversions.class);
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp");
    private static final Set<String> MAIL = Set.of("message/rfc822", "application/vnd.ms-outlook");
    private static final Set<String> TEXT = Set.of("text/plain", "text/csv", "application/xml", "text/xml");
    private static final List<String> OFFICE_PREFIXES = List.of("application/msword", "application/rtf",
            "application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "text/rtf");

    private final ConverterSettings settings;
    private final Fonts fonts;
    private final Labels labels;
    private final Path folder;
    private final Map<String, String> attachmentNames;
    private final StreamCacheCreateFunction scratch;
    private final Semaphore pixels = new Semaphore(1);
    private final Deque<Path> idleProfiles = new ArrayDeque<>();
    private int profiles;
    private Boolean office;
    private List<String> ocrLanguages;

    Conversions(ConverterSettings settings, Fonts fonts, Labels labels, Path folder, Map<String, String> attachmentNames) {
        this.settings = settings;
        this.fonts = fonts;
        this.labels = labels;
        this.folder = folder;
        this.attachmentNames = attachmentNames;
        this.scratch = scratchFilesIn(folder);
    }

    Converted convert(Spooled original) throws IOException {
        ExhibitConverter converter = converterFor(original.exhibit().mediaType());
        try {
            Converted pages = converter.convert(original, this);
            // a PDF with an empty page tree would get the range "5–4" and a link to the next exhibit
            return pages.pages() > 0 ? pages : placeholder(original, PlaceholderExhibit.Reason.EMPTY);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Exhibit {} ({}) could not be converted; filed as a placeholder", original.exhibit().documentId(),
                    original.exhibit().mediaType(), e);
            return placeholder(original, PlaceholderExhibit.Reason.UNREADABLE);
        }
    }

    Converted placeholder(Spooled original, PlaceholderExhibit.Reason reason) throws IOException {
        return new PlaceholderExhibit(reason).convert(original, this);
    }

    static ExhibitConverter converterFor(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = parameters < 0 ? type.strip() : type.substring(0, parameters).strip();
        if (type.equals("application/pdf")) {
            return new PdfExhibit();
        }
        if (IMAGES.contains(type)) {
            return new ImageExhibit();
        }
        if (MAIL.contains(type)) {
            return new MailExhibit();
        }
        if (TEXT.contains(type)) {
            return new TextExhibit();
        }
        for (String prefix : OFFICE_PREFIXES) {
            if (type.startsWith(prefix)) {
                return new OfficeExhibit();
            }
        }
        return new PlaceholderExhibit(PlaceholderExhibit.Reason.UNSUPPORTED);
    }

    /**
     * How long converting such a file is expected to take, compared with others, so that a build starts
     * the longest first: LibreOffice (seconds), images (OCR: about half a second a picture, a TIFF may hold
     * many), e-mails and text (laid out here), PDFs (pages kept as they are: milliseconds). Larger first
     * within a kind.
     */
    static int weight(String mediaType, long size) {
        ExhibitConverter converter = converterFor(mediaType);
        int kind = converter instanceof OfficeExhibit ? 3
                : converter instanceof ImageExhibit ? 2
                : converter instanceof MailExhibit || converter instanceof TextExhibit ? 1
                : 0;
        return kind << 24 | (int) Math.min(size >> 10, 0xFF_FFFF);
    }

    /**
     * PDFBox's stream cache as temporary files only (never heap: a dossier is never whole in memory), in
     * {@code folder}. PDFBox's default folder is {@code java.io.tmpdir}, where a crash would leave copies
     * of the evidence that nothing removes; the build's folder is deleted with the build, and swept
     * from {@code BORDEREAU_TMP} after a crash.
     */
    static StreamCacheCreateFunction scratchFilesIn(Path folder) {
        return MemoryUsageSetting.setupTempFileOnly().setTempDir(folder.toFile()).streamCache;
    }

    /** A new document whose streams are cached in temporary files of the build's folder, not in heap. */
    PDDocument newDocument() {
        return new PDDocument(scratch);
    }

    /** A PDF on disk, read on demand, its streams cached in temporary files of the build's folder. */
    PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), scratch);
    }

    Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix);
    }

    Path newFolder(String prefix) throws IOException {
        return Files.createTempDirectory(folder, prefix);
    }

    Path folder() {
        return folder;
    }

    Fonts fonts() {
        return fonts;
    }

    Labels labels() {
        return labels;
    }

    ConverterSettings settings() {
        return settings;
    }

    String attachmentName(Spooled original) {
        return attachmentNames.get(original.sha256());
    }

    /** Work that holds decoded pixels in heap: a 40-megapixel scan is 160 MB as RGB, so one at a time per build. */
    <T> T decoding(PixelWork<T> work) throws IOException {
        try {
            pixels.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to decode an image");
        }
        try {
            return work.run();
        } finally {
            pixels.release();
        }
    }

    /** What {@link #decoding} runs. */
    @FunctionalInterface
    interface PixelWork<T> {
        T run() throws IOException;
    }

    /**
     * A LibreOffice user profile no running conversion uses (LibreOffice refuses to share one between
     * running instances), created on first need in the build's folder; give it back with
     * {@link #returnOfficeProfile} so that the next conversion starts with a warm profile.
     */
    synchronized Path borrowOfficeProfile() {
        Path idle = idleProfiles.pollFirst();
        return idle != null ? idle : folder.resolve("libreoffice-profile-" + ++profiles);
    }

    synchronized void returnOfficeProfile(Path profile) {
        idleProfiles.addFirst(profile);
    }

    /** Whether LibreOffice runs here; asked once per build. */
    synchronized boolean officeAvailable() {
        if (office == null) {
            office = settings.soffice() != null && ExternalCommand.available(settings.soffice(), folder);
        }
        return office;
    }

    /** The tesseract languages to read with, empty when OCR does not run here; asked once per build. */
    synchronized List<String> ocrLanguages() {
        if (ocrLanguages == null) {
            ocrLanguages = settings.tesseract() == null ? List.of() : OcrLayer.languages(settings.tesseract(), folder,
                    labels.language());
        }
        return ocrLanguages;
    }
}
