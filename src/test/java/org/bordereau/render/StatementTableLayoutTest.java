package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.render.TableLayoutChecks.assertRowPrinted;
import static org.bordereau.render.TableLayoutChecks.checkPagesAndReadTables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.testing.PrintedTable.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statement of account's tables keep every header and amount inside its column, in fr, ar (right to
 * left) and en, for a Moroccan and a French case: the per-invoice table has ten columns on an A4 page, and
 * its headers ("Jours de retard", "Indemnités forfaitaires", "Principal outstanding") used to be wider than
 * their columns, then amounts of ten million or more ran into the column beside them. The cases
 * ({@link LargeClaims}) have invoices of up to 999 999 999,99, a part payment of almost as much and balances
 * past a billion, so that every amount column holds its widest value. The same tables are printed by the
 * dossier.
 */
class StatementTableLayoutTest {
    /** Columns of the per-invoice table ({@code layout.invoiceLineColumns}). */
    private static final int INVOICE_COLUMNS = 10;

    static LargeClaims claims;

    @BeforeAll
    static void cases(@TempDir Path dir) {
        claims = new LargeClaims(dir);
    }

    static Stream<Arguments> statements() {
        return Stream.of(Language.values())
                .flatMap(language -> Stream.of(Arguments.of(language, "MA"), Arguments.of(language, "FR")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statements")
    void everyHeaderAndAmountStaysInItsColumnAtALegibleSize(Language language, String jurisdiction) throws IOException {
        StatementDocument.Request request = claims.statement(language, jurisdiction);
        RenderedPdf pdf = Renderers.STATEMENTS.render(request);
        List<InvoiceRow> rows = Renderers.STATEMENTS.model(request).lines().stream()
                .map(StatementDocument.StatementRow::invoice).toList();
        assertThat(rows).hasSize(5);

        List<Line> lines = checkPagesAndReadTables(pdf.pdf(), INVOICE_COLUMNS);
        for (InvoiceRow row : rows) {
            assertRowPrinted(lines, List.of(row.number(), row.issueDate(), row.dueDate(), row.principal(), row.paid(),
                    row.outstanding(), String.valueOf(row.daysLate()), row.interest(), row.indemnities(), row.balance()),
                    language == Language.AR);
        }
    }
}
