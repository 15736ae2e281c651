package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts we draw with, from {@code fonts/} on the classpath: PDF/A requires every font embedded, so
 * no standard-14 font is ever used. Font files are read once per instance; each document gets its own
 * subset (embedded at save).
 *
 * <p>The fonts' GSUB table is hidden from PDFBox (its tag renamed in the table directory). PDFBox 3
 * runs its Latin GSUB worker on every {@code showText} of a font that has one, and that worker compiles
 * regular expressions per call: measured at more than half of the dossier's build time (thousands of
 * stamps and lines). We need no substitution: ligatures would only spoil text extraction of stamps, and
 * Arabic is shaped by {@link ArabicText}. The subset PDFBox embeds never carries GSUB anyway.
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
            return withoutGsub(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font with its GSUB table record renamed {@code xsub}: present, but unknown to every reader. */
    static byte[] withoutGsub(byte[] font) {
        ByteBuffer table = ByteBuffer.wrap(font);
        int tables = table.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (table.getInt(record) == GSUB) {
                table.putInt(record, HIDDEN);
            }
        }
        return font;
    }

    private static final int GSUB = 0x47535542; // "GSUB"
    private static final int HIDDEN = 0x78737562; // "xsub"
}
