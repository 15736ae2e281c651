package org.bordereau.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;

/**
 * The fonts every document is set in, embedded from {@code fonts/} on the class path (see
 * {@code fonts/README.md}). PDF/A requires every glyph's font embedded, so these are the only fonts
 * FOP knows: no system font detection, no base-14 fallback, no font cache on disk.
 */
final class Fonts {
    /** Family names templates may use in {@code font-family}. */
    static final String SERIF = "Noto Serif";
    static final String SANS = "Noto Sans";
    static final String ARABIC = "Amiri";
    static final String MONO = "DejaVu Sans Mono";

    private record Face(String file, String family, String style, String weight) {}

    private static final List<Face> FACES = List.of(
            new Face("NotoSerif-Regular.ttf", SERIF, "normal", "normal"),
            new Face("NotoSerif-Bold.ttf", SERIF, "normal", "bold"),
            new Face("NotoSerif-Italic.ttf", SERIF, "italic", "normal"),
            new Face("NotoSans-Regular.ttf", SANS, "normal", "normal"),
            new Face("NotoSans-Bold.ttf", SANS, "normal", "bold"),
            new Face("Amiri-Regular.ttf", ARABIC, "normal", "normal"),
            new Face("Amiri-Bold.ttf", ARABIC, "normal", "bold"),
            new Face("DejaVuSansMono.ttf", MONO, "normal", "normal"));

    private Fonts() {}

    /**
     * A FOP factory (thread-safe, one per process) that knows exactly the bundled fonts. The
     * configuration is written here rather than in an {@code fop.xconf} file so that nothing outside
     * the jar can change what is embedded.
     */
    static FopFactory fopFactory() {
        StringBuilder xml = new StringBuilder("<fop version=\"1.0\"><use-cache>false</use-cache>")
                .append("<renderers><renderer mime=\"application/pdf\"><fonts>");
        for (Face face : FACES) {
            xml.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"fonts/").append(face.file)
                    .append("\"><font-triplet name=\"").append(face.family).append("\" style=\"").append(face.style)
                    .append("\" weight=\"").append(face.weight).append("\"/></font>");
        }
        xml.append("</fonts></renderer></renderers></fop>");
        try {
            return new FopConfParser(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
                    BundledResources.BASE, new BundledResources()).getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("the bundled font configuration does not load", e);
        }
    }
}
