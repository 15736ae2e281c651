package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bordereau.cases.ExtractedField;
import org.junit.jupiter.api.Test;

/** Text read from a scan: letters for digits, spaces in numbers; fields marked "ocr", less sure. */
class InvoiceFieldsOcrTest {

    static final String SCANNED = """
            FACTURE N° F2O25-2O1
            Date : 3l/01/2025
            Total HT : 1 OOO,OO €
            TVA 20 % : 2OO, OO €
            Total TTC : 1 2OO,OO €
            """;

    @Test
    void repairsLettersReadForDigitsInsideNumbersOnly() {
        assertThat(InvoiceFields.repairOcr("Total TTC : 1 2OO,OO € Ordre O1")).isEqualTo("Total TTC : 1 200,00 € Ordre O1");
        assertThat(InvoiceFields.repairOcr("3l/0l/2025 Illico 10 Oak")).isEqualTo("31/01/2025 Illico 10 Oak");
        assertThat(InvoiceFields.repairOcr("1 234, 56 €")).isEqualTo("1 234,56 €");
    }

    @Test
    void readsAScannedInvoiceAndSaysItWasOcr() {
        Map<String, ExtractedField> fields = InvoiceFieldsSamples.fields(SCANNED, ExtractedField.OCR);
        assertThat(fields.get("invoiceNumber").value()).isEqualTo("F2025-201");
        assertThat(fields.get("issueDate").value()).isEqualTo("2025-01-31");
        assertThat(fields.get("netAmount").value()).isEqualTo("1000.00");
        assertThat(fields.get("taxAmount").value()).isEqualTo("200.00");
        assertThat(fields.get("totalAmount").value()).isEqualTo("1200.00");
        assertThat(fields.values()).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo("ocr");
            assertThat(f.confidence()).isLessThan(0.85);
        });
    }

    @Test
    void ocrConfidenceIsLowerThanTheSameTextsConfidence() {
        String text = "Facture N° 12\nTotal TTC : 1 200,00 €\n";
        double fromText = InvoiceFieldsSamples.fields(text, ExtractedField.TEXT).get("totalAmount").confidence();
        double fromOcr = InvoiceFieldsSamples.fields(text, ExtractedField.OCR).get("totalAmount").confidence();
        assertThat(fromOcr).isLessThan(fromText);
    }
}
