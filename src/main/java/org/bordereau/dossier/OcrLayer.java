package org.bordereau.dossier;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A text layer for scans: tesseract reads the words and their boxes (TSV output), and each word is
 * drawn invisibly (text rendering mode 3, allowed by PDF/A) over its pixels, stretched to the box, so the
 * dossier can be searched and copied from while the image stays the evidence shown.
 */
final class OcrLayer {
    private static final Set<String> READ = Set.of("fra", "eng");

    /** One word in image pixels, origin top-left. */
    record Word(int left, int top, int width, int height, String text) {}

    private OcrLayer() {}

    /** French and English when installed, plus Arabic for an Arabic dossier; empty without tesseract. */
    static List<String> languages(String tesseract, Path folder, String dossierLanguage) {
        try {
            ExternalCommand.Outcome outcome = ExternalCommand.run(List.of(tesseract, "--list-langs"), folder,
                    Duration.ofSeconds(30));
            if (!outcome.ok()) {
                return List.of();
            }
            List<String> languages = new ArrayList<>();
            for (String line : outcome.output().split("\\R")) {
                String language = line.strip();
                if (READ.contains(language) || language.equals("ara") && dossierLanguage.equals("ar")) {
                    languages.add(language);
                }
            }
            return languages;
        } catch (IOException notInstalled) {
            return List.of();
        }
    }

    /** The words tesseract reads in a PNG; empty when it fails or runs out of time. */
    static List<Word> read(Path png, Conversions context) throws IOException {
        Path base = context.newFile("ocr-", "");
        List<String> command = List.of(context.settings().tesseract(), png.toString(), base.toString(),
                "-l", String.join("+", context.ocrLanguages()), "tsv");
        ExternalCommand.Outcome outcome = ExternalCommand.run(command, context.folder(), context.settings().ocrTimeout());
        Path tsv = Path.of(base + ".tsv");
        try {
            if (!outcome.ok() || !Files.exists(tsv)) {
                return List.of();
            }
            return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(tsv);
            Files.deleteIfExists(base);
        }
    }

    private static List<Word> parse(List<String> lines) {
        List<Word> words = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t", 12);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            words.add(new Word(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]), Integer.parseInt(cells[8]),
                    Integer.parseInt(cells[9]), cells[11].strip()));
        }
        return words;
    }

    /**
     * Draws the words invisibly. {@code imageSpace} maps the image's pixels (origin bottom-left, y up,
     * {@code imageHeight} pixels high) to the page, as the image itself is drawn.
     */
    static void draw(PDPageContentStream content, PDType0Font font, List<Word> words, AffineTransform imageSpace,
            int imageHeight) throws IOException {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (Word word : words) {
            String text = Glyphs.printable(font, word.text());
            float natural = font.getStringWidth(text) / 1000f * word.height();
            if (text.isEmpty() || natural <= 0) {
                continue;
            }
            AffineTransform at = new AffineTransform(imageSpace);
            at.translate(word.left(), imageHeight - word.top() - word.height() * 0.8);
            content.setFont(font, word.height());
            content.setHorizontalScaling(100f * word.width() / natural);
            content.setTextMatrix(new Matrix(at));
            content.showText(text);
        }
        content.endText();
    }
}
