package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "word" wider than the line — a base64 attachment inside an XML e-invoice, a long URL — is cut into
 * full lines. The timeouts guard against a hang (cutting used to re-measure every prefix: 55 s for
 * 8 KB, hours for the megabytes of a real attachment); they measure nothing.
 */
class LongWordsTest {
    private static final String BASE64 = "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWordWiderThanTheLineIsCutIntoLinesThatFitAndLoseNothing() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font mono = new Fonts().load(document, Fonts.MONO);
            String word = BASE64.repeat(3_000) + "é";
            List<String> lines = Glyphs.wrap(mono, 9f, "Pièce jointe : " + word + " fin", 500f);

            // the word's pieces follow each other with nothing lost or added (compared as a boolean: a failure
            // would otherwise print 200 KB)
            assertThat(String.join("", lines).equals("Pièce jointe :" + word + "fin")).isTrue();
            for (String line : lines) {
                assertThat(Glyphs.width(mono, 9f, line)).isLessThanOrEqualTo(500f);
            }
            assertThat(lines.get(0)).isEqualTo("Pièce jointe :");
            assertThat(lines).hasSizeGreaterThan(1_000);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anXmlInvoiceWithABase64AttachmentIsFiledWithAllOfItsText() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        String attachment = BASE64.repeat(1_600); // 100 KB on one line
        Path xml = Files.writeString(dir.resolve("in").resolve("facture-ubl.xml"),
                "<Invoice>\n<ID>F-2025-117</ID>\n<Attachment>" + attachment + "</Attachment>\n</Invoice>\n");
        files.add(DocumentKind.INVOICE, xml, "application/xml", "Facture F-2025-117", null);

        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-XML", "fr", files.exhibits, null, "12".repeat(32),
                null), dir.resolve("out"));

        DossierPlan.PlannedExhibit invoice = result.plan().exhibits().get(0);
        try (PDDocument document = Loader.loadPDF(result.volumes().get(0).pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(invoice.firstPage());
            stripper.setEndPage(invoice.lastPage());
            String text = stripper.getText(document);
            StringBuilder filed = new StringBuilder(); // the token's lines, without the stamps between pages
            for (String line : text.split("\\R")) {
                String bare = line.strip().replace("<Attachment>", "").replace("</Attachment>", "");
                if (bare.matches("[A-Za-z0-9+/=]+")) {
                    filed.append(bare);
                }
            }
            assertThat(filed.toString().equals(attachment)).as("the token's lines put back together").isTrue();
            assertThat(text).contains(new Labels("fr").get("stamp.exhibit", invoice.number(), invoice.pageCount(),
                    invoice.pageCount()));
        }
    }
}
