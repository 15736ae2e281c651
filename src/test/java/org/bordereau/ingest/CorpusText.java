package org.bordereau.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Turns a corpus file into the {@link ReadDocument} the extractor reads, the way ingestion would: the
 * media type from Tika's detection of the bytes, the text from Tika (PDF text layer, XML), and for
 * images and PDFs without a text layer, the text read by {@code tesseract} (source {@code ocr}).
 * Tika's own OCR is switched off so that the source of the text is known.
 */
final class CorpusText {

    static final int MAX_TEXT = 2_000_000;
    private static final int OCR_DPI = 300;
    private static final long OCR_TIMEOUT_SECONDS = 180;

    private final Tika tika = new Tika();
    private final AutoDetectParser parser = new AutoDetectParser();
    private final String ocrLanguages;

    CorpusText() {
        this.ocrLanguages = tesseractLanguages();
    }

    /** {@code fra+eng+ara} (those installed), or null when tesseract is not on this machine. */
    String ocrLanguages() {
        return ocrLanguages;
    }

    String detect(Path file) throws IOException {
        return tika.detect(file);
    }

    /** The document as read, or null for a scan when tesseract is missing (the caller skips it). */
    ReadDocument read(Path file) throws Exception {
        String mediaType = detect(file);
        Map<String, String> metadata = new LinkedHashMap<>();
        if (mediaType.startsWith("image/")) {
            if (ocrLanguages == null) {
                return null;
            }
            return new ReadDocument(file, mediaType, file.getFileName().toString(), ocr(file), ReadDocument.SOURCE_OCR,
                    metadata);
        }
        String text = tikaText(file, metadata);
        if (mediaType.equals("application/pdf") && text.isBlank()) {
            if (ocrLanguages == null) {
                return null;
            }
            return new ReadDocument(file, mediaType, file.getFileName().toString(), ocrPdf(file),
                    ReadDocument.SOURCE_OCR, metadata);
        }
        return new ReadDocument(file, mediaType, file.getFileName().toString(), text,
                text.isBlank() ? ReadDocument.SOURCE_NONE : ReadDocument.SOURCE_TEXT, metadata);
    }

    private String tikaText(Path file, Map<String, String> into) throws Exception {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        for (String name : metadata.names()) {
            into.put(name, metadata.get(name));
        }
        return handler.toString();
    }

    private String ocrPdf(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        Path dir = Files.createTempDirectory("corpus-ocr");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY);
                Path png = dir.resolve("page-" + (i + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                text.append(ocr(png)).append('\f');
                Files.delete(png);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        return text.toString();
    }

    private String ocr(Path image) throws Exception {
        Process p = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", ocrLanguages)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(OCR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tesseract timed out on " + image);
        }
        if (p.exitValue() != 0) {
            throw new IOException("tesseract failed (" + p.exitValue() + ") on " + image);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String tesseractLanguages() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            List<String> installed = out.lines().map(String::trim).toList();
            List<String> wanted = new ArrayList<>();
            for (String lang : List.of("fra", "eng", "ara")) {
                if (installed.contains(lang)) {
                    wanted.add(lang);
                }
            }
            return wanted.isEmpty() ? null : String.join("+", wanted);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ------------------------------------------------------------------ facts used by the corpus checks

    /** True for an image, or a PDF whose pages carry no text layer. */
    static boolean isScan(Path file, String mediaType) throws IOException {
        if (mediaType.startsWith("image/")) {
            return true;
        }
        if (!mediaType.equals("application/pdf")) {
            return false;
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).isBlank();
        }
    }

    /** The names of the XML files embedded in a PDF (Factur-X / ZUGFeRD carry one). */
    static List<String> embeddedXml(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDDocumentNameDictionary dict = doc.getDocumentCatalog().getNames();
            if (dict != null && dict.getEmbeddedFiles() != null) {
                collect(dict.getEmbeddedFiles(), names);
            }
        }
        return names;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, List<String> into)
            throws IOException {
        if (node.getNames() != null) {
            node.getNames().keySet().stream()
                    .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                    .forEach(into::add);
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, into);
            }
        }
    }
}
