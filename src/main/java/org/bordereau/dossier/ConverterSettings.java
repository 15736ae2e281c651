package org.bordereau.dossier;

import java.time.Duration;

/**
 * The external converters and their limits. A program that does not run here is simply not used:
 * Office files become placeholder pages, scans are filed without a text layer, and the manifest says so.
 *
 * @param soffice       LibreOffice's command (Debian {@code libreoffice-writer-nogui})
 * @param tesseract     the OCR command (Debian {@code tesseract-ocr})
 * @param officeTimeout time allowed to convert one Office file
 * @param ocrTimeout    time allowed to read one image
 * @param parallelism   exhibits of one build converted at once. The slow conversions are external programs
 *                      (LibreOffice starts in one to two seconds per file, tesseract reads a scan in about
 *                      half a second), each using one core and no Java heap; decoding images into heap stays
 *                      one at a time whatever this says ({@link Conversions#decoding}).
 */
public record ConverterSettings(String soffice, String tesseract, Duration officeTimeout, Duration ocrTimeout,
                                int parallelism) {
    /** At most this many conversions at once by default, however many cores: each LibreOffice takes 150–300 MB. */
    static final int MAX_DEFAULT_PARALLELISM = 4;

    public ConverterSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
    }

    public static ConverterSettings defaults() {
        return new ConverterSettings("soffice", "tesseract", Duration.ofSeconds(90), Duration.ofSeconds(60),
                defaultParallelism());
    }

    /** No external program: what the pipeline does on a bare machine (and what benchmarks measure). */
    public static ConverterSettings builtInOnly() {
        return new ConverterSettings(null, null, Duration.ZERO, Duration.ZERO, defaultParallelism());
    }

    /** The same converters, {@code conversions} exhibits at once (1: one after the other). */
    public ConverterSettings withParallelism(int conversions) {
        return new ConverterSettings(soffice, tesseract, officeTimeout, ocrTimeout, conversions);
    }

    /** One conversion per core, at most {@value #MAX_DEFAULT_PARALLELISM}. */
    static int defaultParallelism() {
        return Math.max(1, Math.min(MAX_DEFAULT_PARALLELISM, Runtime.getRuntime().availableProcessors()));
    }
}
