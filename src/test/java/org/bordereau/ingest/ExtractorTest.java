package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.ExtractedField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor as intake calls it: a read document in, kind and fields with source and confidence out. */
class ExtractorTest {
    private final Extractor extractor = new Extractor();

    @Test
    void theEmbeddedXmlWinsAndTheTextFillsWhatItLacks(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("facture.pdf");
        byte[] xml = new String(EInvoiceSamples.cii("380"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)<ram:SpecifiedTradePaymentTerms>.*</ram:SpecifiedTradePaymentTerms>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EInvoiceSamples.hybridPdf(pdf, "factur-x.xml", xml, true, true);
        String text = "FACTURE N° F2025-017\nTotal TTC : 10 400,00 €\nDate d'échéance : 14/02/2025\n";

        Document.Extraction extraction = extractor.extract(
                new ReadDocument(pdf, "application/pdf", "facture.pdf", text, ReadDocument.SOURCE_TEXT, Map.of()));

        assertThat(extraction.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(extraction.kindConfidence()).isEqualTo(1.0);
        assertThat(extraction.fields().get("totalAmount"))
                .as("the XML, not the text's different total").isEqualTo(new ExtractedField("10500.00", "xml", 1.0));
        assertThat(extraction.fields().get("dueDate").value()).isEqualTo("2025-02-14");
        assertThat(extraction.fields().get("dueDate").source()).isEqualTo("text");
    }

    @Test
    void aStandaloneUblFileIsAnInvoiceWithXmlFields(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("invoice.xml"), EInvoiceSamples.ublInvoice());
        Document.Extraction extraction = extractor.extract(
                new ReadDocument(file, "application/xml", "invoice.xml", "INV-10457 2025-03-12 2460.00",
                        ReadDocument.SOURCE_TEXT, Map.of()));
        assertThat(extraction.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(extraction.fields()).hasSize(12);
        assertThat(extraction.fields().values()).allSatisfy(f -> assertThat(f.source()).isEqualTo("xml"));
    }

    @Test
    void aCreditNoteIsFiledAsOtherWithItsAmounts(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("avoir.xml"), EInvoiceSamples.ublCreditNote());
        Document.Extraction extraction = extractor.extract(
                new ReadDocument(file, "text/xml", "avoir.xml", "", ReadDocument.SOURCE_NONE, Map.of()));
        assertThat(extraction.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(extraction.fields()).containsKey("totalAmount");
    }

    @Test
    void aScannedInvoiceIsClassifiedAndReadFromItsOcrText(@TempDir Path dir) throws Exception {
        Path scan = Files.write(dir.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Document.Extraction extraction = extractor.extract(new ReadDocument(scan, "image/png", "scan.png",
                InvoiceFieldsOcrTest.SCANNED, ReadDocument.SOURCE_OCR, Map.of()));
        assertThat(extraction.kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(extraction.fields().get("totalAmount").source()).isEqualTo("ocr");
    }

    @Test
    void noTextAndNoStructureGivesNoFields(@TempDir Path dir) throws Exception {
        Path scan = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        Document.Extraction extraction = extractor.extract(
                new ReadDocument(scan, "image/jpeg", "photo.jpg", "", ReadDocument.SOURCE_NONE, Map.of()));
        assertThat(extraction.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(extraction.fields()).isEmpty();
    }

    @Test
    void aReminderEmailIsAReminderAndKeepsTheInvoiceItChases() {
        Document.Extraction extraction = extractor.extract(new ReadDocument(null, "message/rfc822", "relance.eml",
                "Madame, Monsieur,\nSauf erreur de notre part, la facture n° F2025-017 du 15/01/2025 reste impayée.\n"
                        + "Montant restant dû : 10 500,00 €\nSans règlement sous huit jours, nous engagerons une mise en demeure.\n",
                ReadDocument.SOURCE_TEXT, Map.of("subject", "Relance facture impayée F2025-017")));
        assertThat(extraction.kind()).isEqualTo(DocumentKind.REMINDER);
        assertThat(extraction.fields().get("invoiceNumber").value()).isEqualTo("F2025-017");
    }

    @Test
    void everyConfidenceIsBetweenZeroAndOne() {
        Document.Extraction extraction = extractor.extract(new ReadDocument(null, "application/pdf", "f.pdf",
                InvoiceFieldsFrenchTest.SOFTWARE_LAYOUT, ReadDocument.SOURCE_TEXT, Map.of()));
        assertThat(extraction.fields()).hasSize(12);
        assertThat(extraction.fields().values()).allSatisfy(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
        assertThat(extraction.kindConfidence()).isBetween(0.0, 1.0);
    }
}
