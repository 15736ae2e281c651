package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and addresses are data: XSL-FO markup or FreeMarker syntax inside them prints as typed and
 * cannot change the document (DESIGN.md §7).
 */
class TemplateInputIsEscapedTest {
    static final String NAME = "<fo:block>Evil</fo:block> ${x} <#assign y=1> & Co";
    static final String ADDRESS = "]]><fo:external-graphic src=\"file:///etc/passwd\"/> ${7*7} <@l.closing/>";

    @TempDir
    Path dir;

    @Test
    void markupAndTemplateSyntaxInADebtorsNamePrintLiterally() {
        LetterFiles files = new LetterFiles(dir, new Party(NAME, null, "002136093000040", null, null, null, null,
                ADDRESS, null, null));

        for (Language language : new Language[] {Language.FR, Language.EN}) {
            RenderedPdf pdf = Renderers.LETTERS.render(files.request(LetterKind.MISE_EN_DEMEURE, language,
                    files.moroccan));

            // lines may wrap anywhere in the address: compare without white space
            String text = PdfChecks.text(pdf.pdf()).replaceAll("\\s+", "");
            assertThat(text).contains(NAME.replace(" ", ""), ADDRESS.replace(" ", ""));
            assertThat(text).doesNotContain("49<@");
            assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).isEmpty();
        }
    }

    @Test
    void theArabicLetterTakesTheSameNameWithoutFailing() {
        LetterFiles files = new LetterFiles(dir, new Party(NAME, null, null, null, null, null, null, ADDRESS, null,
                null));

        RenderedPdf pdf = Renderers.LETTERS.render(files.request(LetterKind.RECONNAISSANCE_DE_DETTE, Language.AR,
                files.moroccan));

        assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).isEmpty();
    }
}
