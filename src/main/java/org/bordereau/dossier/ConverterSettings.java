package org.bordereau.dossier;

import java.time.Duration;

/**
 * The external converters and their limits. A program that does not run here is simply not used:
 * Office files become placeholder pages, scans are filed without a text layer, and the manifest says so.
 *
 * @param soffice      LibreOffice's command (Debian {@code libreoffice-writer-nogui})
 * @param tesseract    the OCR command (Debian {@code tesseract-ocr})
 * @param officeTimeout time allowed to convert one Office file
 * @param ocrTimeout   time allowed to read one image
 */
public record ConverterSettings(String soffice, String tesseract, Duration officeTimeout, Duration ocrTimeout) {
    public static ConverterSettings defaults() {
        return new ConverterSettings("soffice", "tesseract", Duration.ofSeconds(90), Duration.ofSeconds(60));
    }

    /** No external program: what the pipeline does on a bare machine (and what benchmarks measure). */
    public static ConverterSettings builtInOnly() {
        return new ConverterSettings(null, null, Duration.ZERO, Duration.ZERO);
    }
}
