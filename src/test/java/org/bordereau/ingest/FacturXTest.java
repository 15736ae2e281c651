package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacturXTest {

    @Test
    void readsTheXmlOfTheEmbeddedFilesNameTree(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("facture.pdf");
        EInvoiceSamples.hybridPdf(pdf, "factur-x.xml", EInvoiceSamples.cii("380"), true, false);
        EInvoice invoice = FacturX.read(pdf).orElseThrow();
        assertThat(invoice.fields()).contains(entry("invoiceNumber", "F2025-017"), entry("totalAmount", "10500.00"));
    }

    @Test
    void readsTheXmlListedOnlyAsAnAssociatedFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("facture.pdf");
        EInvoiceSamples.hybridPdf(pdf, "ZUGFeRD-invoice.xml", EInvoiceSamples.cii("380"), false, true);
        assertThat(FacturX.read(pdf)).isPresent();
    }

    @Test
    void anyEmbeddedXmlThatIsAnEInvoiceCounts(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("invoice.pdf");
        EInvoiceSamples.hybridPdf(pdf, "peppol-invoice.xml", EInvoiceSamples.ublInvoice(), true, true);
        assertThat(FacturX.read(pdf).orElseThrow().fields()).containsEntry("invoiceNumber", "INV-10457");
    }

    @Test
    void anEmbeddedXmlThatIsNotAnInvoiceIsIgnored(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        EInvoiceSamples.hybridPdf(pdf, "factur-x.xml", "<metadata/>".getBytes(StandardCharsets.UTF_8), true, true);
        assertThat(FacturX.read(pdf)).isEmpty();
    }

    @Test
    void aPlainPdfOrBytesThatAreNoPdfGiveNothing(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain.toFile());
        }
        assertThat(FacturX.read(plain)).isEmpty();
        Path fake = Files.writeString(dir.resolve("fake.pdf"), "MZ this is an executable");
        assertThat(FacturX.read(fake)).isEmpty();
    }
}
