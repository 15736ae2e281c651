package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bordereau.cases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The statement of account as a PDF/A-3b document, in the three languages. */
class StatementPdfTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theStatementIsAValidPdfA3bInEachLanguage(Language language) {
        LetterFiles files = new LetterFiles(dir);
        for (Case file : new Case[] {files.moroccan, files.french}) {
            RenderedPdf pdf = Renderers.STATEMENTS.render(request(files, file, language));

            assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).as(file.jurisdiction()).isEmpty();
            assertThat(PdfChecks.fontsNotEmbedded(pdf.pdf())).isEmpty();
            assertThat(pdf.pages()).isPositive();
        }
    }

    @Test
    void theFrenchStatementShowsEveryInvoiceItsInterestPeriodsAndTheTotal() {
        LetterFiles files = new LetterFiles(dir);
        String text = PdfChecks.text(Renderers.STATEMENTS.render(request(files, files.moroccan, Language.FR)).pdf())
                .replaceAll("\\s+", " ");

        // F-2025-017: 48 000.00 due 16/03/2025, 8 000.00 paid on 15/05/2025; key rate cut on 20/03/2025
        assertThat(text).contains("Relevé de compte au 30 juin 2025", "F-2025-017", "F-2025-031", "48 000,00",
                "16/03/2025", "17/03/2025", "19/03/2025", "9,50 %", "9,25 %", "15/05/2025", "VIR 4471",
                "Total dû au 30 juin 2025 53 951,08 MAD", "Code de commerce art. 5");
    }

    @Test
    void theEnglishStatementOfAFrenchCaseExplainsPenaltiesBeforePrincipal() {
        LetterFiles files = new LetterFiles(dir);
        String text = PdfChecks.text(Renderers.STATEMENTS.render(request(files, files.french, Language.EN)).pdf())
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Statement of account as at 30 June 2025", "F-2025-101", "EUR 10,591.09",
                "Part payments are applied first to accrued penalties", "C. com. art. L441-10 II");
    }

    @Test
    void theRulesEnginesReservationsArePrintedInTheStatementsLanguage() {
        LetterFiles files = new LetterFiles(dir);
        assertThat(files.statement(files.moroccan).warnings()).as("the API keeps English")
                .anyMatch(w -> w.startsWith("MA.creditor-late-payment-indemnity is LOW confidence"));

        List<String> arabic = Renderers.STATEMENTS.model(request(files, files.moroccan, Language.AR)).warnings();
        assertThat(arabic).isNotEmpty().allSatisfy(w -> assertThat(w)
                .containsPattern("[\\u0621-\\u064A]{3}").doesNotContain("LOW", "confidence", "{", "null"));
        assertThat(arabic).anyMatch(w -> w.startsWith("MA.creditor-late-payment-indemnity: قاعدة لم يتأكد أساسها"));

        String french = PdfChecks.text(Renderers.STATEMENTS.render(request(files, files.moroccan, Language.FR)).pdf())
                .replaceAll("\\s+", " ");
        assertThat(french).contains("Réserves du moteur de calcul",
                "MA.creditor-late-payment-indemnity : règle dont le fondement n'est pas confirmé")
                .doesNotContain("en anglais", "LOW confidence");
    }

    private static StatementDocument.Request request(LetterFiles files, Case file, Language language) {
        return new StatementDocument.Request("acme", language, file, files.statement(file), LetterFiles.ISSUED,
                "01JZSTATEMENT0000000000001", LetterFiles.CHAIN_HEAD, false);
    }
}
