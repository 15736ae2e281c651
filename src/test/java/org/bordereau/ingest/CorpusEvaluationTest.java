package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bordereau.cases.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures field extraction on the corpus of issue 4 ({@code src/test/resources/corpus/}): at least 25
 * invoices the extractor was not written against — e-invoices (UBL, CII, Factur-X), French, Moroccan
 * (French, Arabic, bilingual) and English PDFs, and scans — each with its ground truth
 * ({@code expected.json}) and its origin and licence ({@code LICENCES.md}).
 *
 * <p>It always checks that the corpus is well formed and reports precision and recall per field (stdout
 * and {@code corpus-report.md} in the build folder, or {@code -Dcorpus.report=PATH}). Scores fail the
 * build only with {@code -Dcorpus.strict=true}: then recall must reach {@code corpus.minRecall} (0.90)
 * with no wrong and no spurious value ({@code corpus.maxWrong}, 0). {@code -Dcorpus.only=REGEX} limits
 * the run to matching file names. Scans are read with tesseract when it is installed, else skipped.
 */
class CorpusEvaluationTest {

    private static final Set<String> CATEGORIES = Set.of(CorpusManifest.XML, CorpusManifest.FACTURX,
            CorpusManifest.PDF, CorpusManifest.SCAN);
    private static final Set<String> ORIGINS = Set.of("real", "real-data", "synthetic");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private static CorpusManifest corpus;
    private static CorpusText reader;

    @BeforeAll
    static void load() throws IOException {
        corpus = CorpusManifest.load();
        reader = new CorpusText();
    }

    @Test
    void corpusIsWellFormed() throws IOException {
        Set<String> onDisk = new HashSet<>();
        corpus.files.forEach(p -> onDisk.add(p.getFileName().toString()));
        Set<String> described = new HashSet<>();
        corpus.entries.forEach(e -> described.add(e.file()));

        assertThat(onDisk).as("invoices in corpus/invoices/").hasSizeGreaterThanOrEqualTo(25);
        assertThat(described).as("every file has a ground truth entry, and every entry a file").isEqualTo(onDisk);
        for (String file : onDisk) {
            assertThat(corpus.licences).as("LICENCES.md names " + file).contains("`" + file + "`");
        }

        int scans = 0;
        int embedded = 0;
        int standaloneXml = 0;
        Set<String> languages = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (CorpusManifest.Entry e : corpus.entries) {
            String what = e.file() + ": ";
            assertThat(CATEGORIES).as(what + "category").contains(e.category());
            assertThat(ORIGINS).as(what + "origin").contains(e.origin());
            assertThat(e.fields()).as(what + "fields").isNotEmpty();
            assertThat(CorpusManifest.FIELDS).as(what + "field keys").containsAll(e.fields().keySet());
            assertThat(e.fields().keySet()).as(what + "alsoAccept only for expected fields")
                    .containsAll(e.alsoAccept().keySet());
            assertThat(e.optional().keySet()).as(what + "optional only for fields not expected")
                    .doesNotContainAnyElementsOf(e.fields().keySet());
            assertThat(CorpusManifest.FIELDS).as(what + "optional keys").containsAll(e.optional().keySet());
            e.fields().forEach((k, v) -> checkValue(what + k, k, v));

            String mediaType = reader.detect(e.path());
            boolean scan = CorpusText.isScan(e.path(), mediaType);
            assertThat(scan).as(what + "is a scan (image or PDF without text) iff its category says so")
                    .isEqualTo(e.category().equals(CorpusManifest.SCAN));
            if (mediaType.equals("application/pdf")) {
                List<String> xml = CorpusText.embeddedXml(e.path());
                assertThat(!xml.isEmpty()).as(what + "embeds XML iff it is Factur-X " + xml)
                        .isEqualTo(e.category().equals(CorpusManifest.FACTURX));
            }
            if (e.category().equals(CorpusManifest.XML)) {
                assertThat(mediaType).as(what + "media type").contains("xml");
                standaloneXml++;
            }
            scans += scan ? 1 : 0;
            embedded += e.category().equals(CorpusManifest.FACTURX) ? 1 : 0;
            languages.add(e.language());
            countries.add(e.country());
        }
        assertThat(scans).as("scanned invoices").isGreaterThanOrEqualTo(3);
        assertThat(embedded).as("PDFs with embedded XML").isGreaterThanOrEqualTo(5);
        assertThat(standaloneXml).as("standalone UBL / CII").isGreaterThanOrEqualTo(3);
        assertThat(languages).as("languages").contains("fr", "en", "ar");
        assertThat(countries).as("countries").contains("FR", "MA");
    }

    private static void checkValue(String what, String field, String value) {
        assertThat(value).as(what).isNotBlank();
        switch (field) {
            case "issueDate", "dueDate" -> assertThat(LocalDate.parse(value)).as(what).isNotNull();
            case "totalAmount", "netAmount", "taxAmount", "amountDue" -> {
                assertThat(value).as(what + " as 1234.50").matches(AMOUNT);
                assertThat(new BigDecimal(value)).as(what).isNotNull();
            }
            case "currency" -> assertThat(value).as(what).matches(CURRENCY);
            default -> { }
        }
    }

    @Test
    void measuresExtraction() throws Exception {
        Pattern only = Pattern.compile(System.getProperty("corpus.only", ".*"));
        Extractor extractor = new Extractor();
        List<CorpusScore.FileRun> runs = new ArrayList<>();
        for (CorpusManifest.Entry e : corpus.entries) {
            if (!only.matcher(e.file()).find()) {
                continue;
            }
            runs.add(run(extractor, e));
        }

        String ocr = reader.ocrLanguages();
        String header = String.format(Locale.ROOT, "Run %s — extractor `%s`; OCR: %s; corpus `%s`.%n",
                Instant.now(), Extractor.class.getName(),
                ocr == null ? "tesseract not found, scans skipped" : "tesseract -l " + ocr,
                corpus.root);
        String report = CorpusScore.report(runs, header);
        System.out.println(report);
        Path out = reportPath();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Report written to " + out.toAbsolutePath());

        if (Boolean.getBoolean("corpus.strict")) {
            double minRecall = Double.parseDouble(System.getProperty("corpus.minRecall", "0.90"));
            int maxWrong = Integer.getInteger("corpus.maxWrong", 0);
            CorpusScore.Tally all = CorpusScore.overall(runs);
            assertThat(all.recall()).as("overall recall (fields right / fields shown)").isGreaterThanOrEqualTo(minRecall);
            assertThat(all.wrong + all.spurious).as("wrong + spurious values").isLessThanOrEqualTo(maxWrong);
        }
    }

    private static CorpusScore.FileRun run(Extractor extractor, CorpusManifest.Entry e) {
        long start = System.nanoTime();
        ReadDocument doc;
        try {
            doc = reader.read(e.path());
        } catch (Exception ex) {
            return new CorpusScore.FileRun(e, "?", "?", 0, "?", 0, CorpusScore.score(e, null),
                    null, "reading failed: " + ex, millis(start));
        }
        if (doc == null) {
            System.out.println("corpus: tesseract not found, scan " + e.file() + " skipped");
            return new CorpusScore.FileRun(e, "?", ReadDocument.SOURCE_NONE, 0, "?", 0, List.of(),
                    "no OCR (tesseract not installed)", null, millis(start));
        }
        try {
            Document.Extraction x = extractor.extract(doc);
            return new CorpusScore.FileRun(e, doc.mediaType(), doc.textSource(), doc.text().length(),
                    String.valueOf(x.kind()), x.kindConfidence(), CorpusScore.score(e, x.fields()), null, null,
                    millis(start));
        } catch (RuntimeException ex) {
            return new CorpusScore.FileRun(e, doc.mediaType(), doc.textSource(), doc.text().length(), "?", 0,
                    CorpusScore.score(e, null), null, ex.toString(), millis(start));
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** {@code -Dcorpus.report}, else {@code corpus-report.md} in the build folder these tests run from. */
    private static Path reportPath() {
        String configured = System.getProperty("corpus.report");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        try {
            Path classes = Paths.get(CorpusEvaluationTest.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return classes.getParent().resolve("corpus-report.md");
        } catch (URISyntaxException | RuntimeException ex) {
            return Paths.get("target", "corpus-report.md");
        }
    }
}
