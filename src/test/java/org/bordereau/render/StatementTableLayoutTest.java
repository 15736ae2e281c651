package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;
import static org.bordereau.testing.GlyphLayout.TOLERANCE;
import static org.bordereau.testing.GlyphLayout.firstOf;
import static org.bordereau.testing.GlyphLayout.overlapsWithArabicLetters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bordereau.cases.Case;
import org.bordereau.cases.EventData;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.testing.CaseFiles;
import org.bordereau.testing.GlyphLayout;
import org.bordereau.testing.GlyphLayout.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement of account's tables keep every header and amount inside its column, in fr, ar (right to
 * left) and en, for a Moroccan and a French case: the per-invoice table has ten columns on an A4 page,
 * and its headers ("Jours de retard", "Indemnités forfaitaires", "Principal outstanding") used to be wider
 * than their columns and printed over their neighbours. The cases have several invoices of millions, a
 * part payment and more than a hundred days late, so that every amount column holds its longest value.
 * The same tables are printed by the letters that include the statement and by the dossier.
 */
class StatementTableLayoutTest {
    /** The page margins of every document ({@code templates/common/layout.ftl}): 20 mm left and right. */
    private static final float SIDE_MARGIN = 20 / 25.4f * 72;
    /** The smallest size a court reader is asked to read; only the footer's hash (monospaced) is smaller. */
    private static final float SMALLEST_LEGIBLE = 7f;

    @TempDir
    static Path dir;
    static CaseFiles files;
    static Case moroccan;
    static Case french;

    @BeforeAll
    static void cases() {
        files = new CaseFiles(dir, Instant.parse("2025-07-01T10:00:00Z"));
        moroccan = withLargeInvoices(files.moroccanCase("ATL-2025-LARGE").id(), "FA-2024-");
        french = withLargeInvoices(files.frenchCase("ACME-2025-LARGE").id(), "FC-2024-");
    }

    /** Five invoices, three of them over a million, one paid in part; due from October 2024 (≈ 260 days late). */
    private static Case withLargeInvoices(String id, String prefix) {
        String[][] invoices = {
            {"00417", "2024-09-02", "2024-10-02", "1234567.89"},
            {"00452", "2024-10-15", "2024-11-14", "2987654.32"},
            {"00498", "2024-11-30", "2024-12-30", "845320.10"},
            {"00533", "2025-01-20", "2025-02-19", "1999999.99"},
            {"00561", "2025-02-28", "2025-03-30", "15.00"},
        };
        for (String[] i : invoices) {
            files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded(prefix + i[0], d(i[1]), d(i[2]),
                    m(i[3]), null, List.of(), null));
        }
        files.record(id, new EventData.PaymentReceived(d("2025-04-15"), m("1234567.89"), "VIR 2025-0415",
                prefix + "00452", true, List.of()));
        return files.get(id);
    }

    static Stream<Arguments> statements() {
        return Stream.of(Language.values())
                .flatMap(language -> Stream.of(Arguments.of(language, "MA"), Arguments.of(language, "FR")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statements")
    void everyHeaderAndAmountStaysInItsColumnAtALegibleSize(Language language, String jurisdiction) throws IOException {
        StatementDocument.Request request = request("MA".equals(jurisdiction) ? moroccan : french, language);
        RenderedPdf pdf = Renderers.STATEMENTS.render(request);
        List<InvoiceRow> rows = Renderers.STATEMENTS.model(request).lines().stream()
                .map(StatementDocument.StatementRow::invoice).toList();
        assertThat(rows).hasSize(5);

        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.pdf())) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                float right = document.getPage(page).getMediaBox().getWidth() - SIDE_MARGIN;
                List<Glyph> glyphs = GlyphLayout.of(document, page);

                assertThat(firstOf(overlapsWithArabicLetters(glyphs))).as("glyphs of page %d printed over others", page + 1).isEmpty();
                assertThat(firstOf(glyphs.stream()
                        .filter(g -> g.x() < SIDE_MARGIN - TOLERANCE || g.right() > right + TOLERANCE).toList()))
                        .as("glyphs of page %d past the side margins", page + 1).isEmpty();
                assertThat(firstOf(glyphs.stream()
                        .filter(g -> !g.monospaced() && g.size() < SMALLEST_LEGIBLE - 0.01f).toList()))
                        .as("glyphs of page %d smaller than %s pt", page + 1, SMALLEST_LEGIBLE).isEmpty();
                lines.addAll(printedLines(glyphs));
            }
        }
        // An amount split over two lines of its cell would be found on neither.
        for (InvoiceRow row : rows) {
            for (String amount : List.of(row.principal(), row.paid(), row.outstanding(), row.interest(),
                    row.indemnities(), row.balance())) {
                assertThat(lines).as("%s of %s on one line", amount, row.number())
                        .anyMatch(line -> line.contains(withoutSpaces(amount)));
            }
        }
    }

    /** Each printed line's glyphs left to right, without spaces: cells of one row follow each other. */
    private static List<String> printedLines(List<Glyph> glyphs) {
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).forEach(g -> lines
                .computeIfAbsent(Math.round(g.baseline() * 2), k -> new StringBuilder()).append(withoutSpaces(g.text())));
        return lines.values().stream().map(StringBuilder::toString).toList();
    }

    /** Amounts group their thousands with a no-break space in French (a "." in Arabic, a "," in English). */
    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    private static StatementDocument.Request request(Case file, Language language) {
        return new StatementDocument.Request("acme", language, file, files.statements.of(file, LetterFiles.ISSUED),
                LetterFiles.ISSUED, "01JZSTATEMENT0000000000002", LetterFiles.CHAIN_HEAD, false);
    }
}
