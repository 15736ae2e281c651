package org.bordereau.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads text from pixels with the {@code tesseract} command (Debian {@code tesseract-ocr}, with the
 * {@code fra}, {@code ara} and {@code eng} data). Run as a separate process so that a crash or a
 * runaway image never takes the service with it, and killed at the OCR time limit. Images are given
 * to tesseract as they are; PDF pages are rendered by {@link PdfPages} first.
 *
 * <p>OCR never refuses a file: the scan is evidence whether or not it can be read. A missing
 * tesseract, a timeout or a failure becomes a warning, and what was read before it is kept.
 */
final class Ocr {
    static final List<String> LANGUAGES = List.of("fra", "ara", "eng");
    private static final Logger LOG = LoggerFactory.getLogger(Ocr.class);

    /** Text read from pixels, and what went wrong along the way. */
    record Result(String text, List<String> warnings) {
        Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final String command;
    private final Path tempDir;
    private final IngestLimits limits;
    private final TimeLimit timeLimit;
    private Optional<String> languages; // checked once, on first use: "fra+ara+eng", or empty; null: not yet

    Ocr(String command, Path tempDir, IngestLimits limits, TimeLimit timeLimit) {
        this.command = command;
        this.tempDir = tempDir;
        this.limits = limits;
        this.timeLimit = timeLimit;
    }

    /** Whether tesseract runs here, with at least one of our languages installed. */
    synchronized boolean available() {
        if (languages == null) {
            languages = installedLanguages();
        }
        return languages != null && languages.isPresent();
    }

    /** @param timeLeft what is left of the upload's OCR time ({@link Budget}) */
    Result readImage(Path image, Duration timeLeft) {
        long pixels = pixels(image);
        if (pixels > PdfPages.MAX_PIXELS) {
            // tesseract took 1 GB and 18 s for a 150 KB PNG declaring 30 000 x 30 000
            return new Result("", List.of("No text was read: the picture declares " + pixels + " pixels, more than "
                    + PdfPages.MAX_PIXELS + " (a page scanned at 600 dpi is 35 million); the file is kept as sent."));
        }
        return run((read, cancellation) -> read.add(recognise(image, null, cancellation)), 1, timeLeft);
    }

    /** The pixels a picture declares in its header, read without decoding it (0 when no reader knows it). */
    static long pixels(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return 0; // tesseract will say what it makes of it
        }
    }

    /** @param timeLeft what is left of the upload's OCR time ({@link Budget}) */
    Result readPdf(Path pdf, int pageCount, Duration timeLeft) {
        PdfPages pages = new PdfPages(tempDir);
        return run((read, cancellation) -> pages.each(pdf, (png, dpi) -> read.add(recognise(png, dpi, cancellation)),
                cancellation), pageCount, timeLeft);
    }

    /** OCR work: adds the text of each image (page) to {@code read} as soon as it has it. */
    private interface Pages {
        void read(List<String> read, TimeLimit.Cancellation cancellation) throws Exception;
    }

    private Result run(Pages work, int pageCount, Duration timeLeft) {
        List<String> warnings = new ArrayList<>();
        if (!available()) {
            warnings.add("No text could be read: OCR is not installed on this server.");
            return new Result("", warnings);
        }
        if (timeLeft.isZero()) {
            warnings.add("No text could be read: the upload's OCR time (" + limits.ocrTimeout().toSeconds()
                    + " s) was used up by the files before this one.");
            return new Result("", warnings);
        }
        List<String> read = Collections.synchronizedList(new ArrayList<>());
        try {
            timeLimit.run("ingest-ocr", timeLeft, cancellation -> {
                work.read(read, cancellation);
                return null;
            });
        } catch (TimeoutException e) {
            warnings.add("OCR stopped at its time limit (" + limits.ocrTimeout().toSeconds() + " s per upload) after "
                    + read.size() + " page(s); the text of those is kept.");
        } catch (Exception e) {
            LOG.warn("OCR failed after {} page(s)", read.size(), e);
            warnings.add("OCR failed after " + read.size() + " page(s); the text of those is kept.");
        }
        if (pageCount > PdfPages.MAX_PAGES) {
            warnings.add("Only the first " + PdfPages.MAX_PAGES + " of " + pageCount + " pages were read by OCR.");
        }
        String text;
        synchronized (read) {
            text = String.join("\n", read).strip();
        }
        if (text.length() > limits.maxTextChars()) {
            text = text.substring(0, limits.maxTextChars());
            warnings.add("The text was cut at " + limits.maxTextChars() + " characters; the stored file is whole.");
        }
        return new Result(text, warnings);
    }

    /** One tesseract run on one image; {@code dpi} is told when known (rendered pages). */
    private String recognise(Path image, Integer dpi, TimeLimit.Cancellation cancellation) throws IOException,
            InterruptedException {
        if (cancellation.isCancelled()) {
            throw new InterruptedIOException("OCR cancelled at its deadline");
        }
        Path out = Files.createTempFile(tempDir, "ocr-", ".txt");
        Path err = Files.createTempFile(tempDir, "ocr-", ".err");
        try {
            List<String> args = new ArrayList<>(List.of(command, image.toString(), "stdout", "-l", languages.get()));
            if (dpi != null) {
                args.addAll(List.of("--dpi", String.valueOf(dpi)));
            }
            ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
            // Tesseract's OpenMP threads compete with each other when several OCRs run at once.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            // whatever it might write aside (leptonica's scratch) stays in our swept folder, not /tmp
            builder.environment().put("TMPDIR", tempDir.toString());
            Process process = builder.start();
            try {
                process.waitFor(limits.ocrTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
            if (process.waitFor() != 0) {
                throw new IOException("tesseract exited with " + process.exitValue() + ": " + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            StagedFile.delete(out);
            StagedFile.delete(err);
        }
    }

    private Optional<String> installedLanguages() {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                LOG.warn("'{} --list-langs' failed; OCR is off: {}", command, output.strip());
                return Optional.empty();
            }
            List<String> installed = output.lines().map(String::strip).toList();
            List<String> ours = LANGUAGES.stream().filter(installed::contains).toList();
            if (ours.isEmpty()) {
                LOG.warn("tesseract has none of the languages {}; OCR is off", LANGUAGES);
                return Optional.empty();
            }
            LOG.info("OCR with tesseract, languages {}", ours);
            return Optional.of(String.join("+", ours));
        } catch (IOException e) {
            LOG.info("tesseract is not installed ({}); scans will be stored without text", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null; // not known yet: ask again next time
        }
    }

    private static String tail(Path err) throws IOException {
        String text = Files.readString(err, StandardCharsets.UTF_8).strip();
        return text.length() > 500 ? text.substring(text.length() - 500) : text;
    }
}
