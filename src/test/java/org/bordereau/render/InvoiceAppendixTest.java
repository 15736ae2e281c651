package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bordereau.cases.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpaid invoices appended after a letter: every page is there and the letter stays PDF/A-3b. */
class InvoiceAppendixTest {
    @TempDir
    Path dir;

    @Test
    void invoicesWithFontsThatAreNotEmbeddedAreAppendedAsPicturesAndTheLetterStaysPdfA() throws IOException {
        LetterFiles files = new LetterFiles(dir);
        RenderedPdf letter = Renderers.LETTERS.render(files.request(LetterKind.MISE_EN_DEMEURE, Language.FR,
                files.french));

        RenderedPdf withInvoices = InvoiceAppendix.append(letter.pdf(), List.of(invoice("F-2025-101", 2),
                invoice("F-2025-115", 1)));

        assertThat(withInvoices.pages()).isEqualTo(letter.pages() + 3).isEqualTo(PdfChecks.pages(withInvoices.pdf()));
        assertThat(PdfChecks.pdfA3bFailures(withInvoices.pdf())).isEmpty();
        assertThat(PdfChecks.fontsNotEmbedded(withInvoices.pdf())).isEmpty();
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedByName() {
        assertThatThrownBy(() -> InvoiceAppendix.append(invoice("F-1", 1), List.of("not a pdf".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable PDF");
    }

    /** An invoice as many ERPs write it: Helvetica, not embedded (forbidden in PDF/A). */
    private static byte[] invoice(String number, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 760);
                    content.showText("Invoice " + number + " page " + p);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
