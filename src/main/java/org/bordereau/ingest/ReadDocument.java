package org.bordereau.ingest;

import java.nio.file.Path;
import java.util.Map;

/**
 * A file after detection and reading: the input of classification and field extraction.
 * {@code file} is the staged original (for structured data such as Factur-X XML inside a PDF/A-3);
 * {@code text} is at most the text limit long; {@code textSource} says where it came from:
 * {@code text} (the file's own text layer), {@code ocr} (read from pixels) or {@code none}.
 * {@code metadata} holds what the format says about itself (e-mail headers: from, to, date, subject).
 */
public record ReadDocument(Path file, String mediaType, String filename, String text, String textSource,
                           Map<String, String> metadata) {
    public static final String SOURCE_TEXT = "text";
    public static final String SOURCE_OCR = "ocr";
    public static final String SOURCE_NONE = "none";
}
