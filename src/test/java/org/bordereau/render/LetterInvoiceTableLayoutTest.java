package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.render.TableLayoutChecks.assertRowPrinted;
import static org.bordereau.render.TableLayoutChecks.checkPagesAndReadTables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bordereau.cases.LetterKind;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.testing.PrintedTable.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter that lists the invoices (all four kinds) prints its six-column invoice table with every
 * header and amount inside its column, in fr, ar (right to left) and en, for a Moroccan and a French case
 * of invoices up to 999 999 999,99 and a total due past a billion ({@link LargeClaims}); and nothing else on
 * its pages (payments, totals, instalments, sums in words) runs over its neighbour or out of the margins.
 */
class LetterInvoiceTableLayoutTest {
    /** Columns of the letters' invoice table ({@code invoicesTable} in {@code templates/{fr,ar,en}/lib.ftl}). */
    private static final int INVOICE_COLUMNS = 6;

    static LargeClaims claims;

    @BeforeAll
    static void cases(@TempDir Path dir) {
        claims = new LargeClaims(dir);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("org.bordereau.render.LetterFiles#letters")
    void everyHeaderAndAmountOfTheInvoiceTableStaysInItsColumn(LetterKind kind, Language language, String jurisdiction)
            throws IOException {
        LetterRequest request = claims.letter(kind, language, jurisdiction);
        RenderedPdf pdf = Renderers.LETTERS.render(request);
        List<InvoiceRow> rows = Renderers.LETTERS.model(request).invoices();
        assertThat(rows).hasSize(5);

        List<Line> lines = checkPagesAndReadTables(pdf.pdf(), INVOICE_COLUMNS);
        for (InvoiceRow row : rows) {
            assertRowPrinted(lines, List.of(row.number(), row.issueDate(), row.dueDate(), row.principal(), row.paid(),
                    row.outstanding()), language == Language.AR);
        }
    }
}
