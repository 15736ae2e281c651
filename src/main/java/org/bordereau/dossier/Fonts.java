package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts we draw with, from {@code fonts/} on the classpath: PDF/A requires every font embedded, so
 * no standard-14 font is ever used. Font files are read once per instance; each document gets its own
 * subset (embedded at save).
 */
final class Fonts {
    static final String SANS = "NotoSans-Regular.ttf";
    static final String SANS_BOLD = "NotoSans-Bold.ttf";
    static final String MONO = "DejaVuSansMono.ttf";
    static final String ARABIC = "Amiri-Regular.ttf";

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    PDType0Font load(PDDocument document, String file) throws IOException {
        byte[] bytes = files.computeIfAbsent(file, Fonts::read);
        return PDType0Font.load(document, new RandomAccessReadBuffer(bytes), true, false);
    }

    private static byte[] read(String file) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("PDF/A requires every font embedded, and fonts/" + file
                        + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
