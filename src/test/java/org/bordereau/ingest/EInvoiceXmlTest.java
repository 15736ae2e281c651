package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EInvoiceXmlTest {

    @Test
    void readsAFacturXCrossIndustryInvoice() {
        EInvoice invoice = EInvoiceXml.read(EInvoiceSamples.cii("380")).orElseThrow();
        assertThat(invoice.type()).isEqualTo(EInvoice.Type.INVOICE);
        assertThat(invoice.fields()).containsOnly(
                entry("invoiceNumber", "F2025-017"),
                entry("issueDate", "2025-01-15"),
                entry("dueDate", "2025-02-14"),
                entry("currency", "EUR"),
                entry("netAmount", "8750.00"),
                entry("taxAmount", "1750.00"),
                entry("totalAmount", "10500.00"),
                entry("amountDue", "10000.00"),
                entry("sellerName", "Acme SAS"),
                entry("sellerId", "732829320"),
                entry("buyerName", "Beta SARL"),
                entry("buyerId", "FR96552100554"));
    }

    @Test
    void aCiiCreditNoteIsNotAnInvoice() {
        assertThat(EInvoiceXml.read(EInvoiceSamples.cii("381")).orElseThrow().type()).isEqualTo(EInvoice.Type.CREDIT_NOTE);
    }

    @Test
    void readsAUblInvoiceAndPrefersTheLegalNameAndRegistration() {
        EInvoice invoice = EInvoiceXml.read(EInvoiceSamples.ublInvoice()).orElseThrow();
        assertThat(invoice.type()).isEqualTo(EInvoice.Type.INVOICE);
        assertThat(invoice.fields()).containsOnly(
                entry("invoiceNumber", "INV-10457"),
                entry("issueDate", "2025-03-12"),
                entry("dueDate", "2025-04-11"),
                entry("currency", "GBP"),
                entry("netAmount", "2050.00"),
                entry("taxAmount", "410.00"),
                entry("totalAmount", "2460.00"),
                entry("amountDue", "1960.00"),
                entry("sellerName", "Northwind Traders Ltd"),
                entry("sellerId", "01234567"),
                entry("buyerName", "Contoso Retail"),
                entry("buyerId", "GB987654321"));
    }

    @Test
    void aUblCreditNoteTakesItsDueDateFromThePaymentMeans() {
        EInvoice note = EInvoiceXml.read(EInvoiceSamples.ublCreditNote()).orElseThrow();
        assertThat(note.type()).isEqualTo(EInvoice.Type.CREDIT_NOTE);
        assertThat(note.fields()).contains(entry("dueDate", "2025-04-11"), entry("totalAmount", "2460.00"));
    }

    @Test
    void aDoctypeIsRefusedSoEntitiesAreNeverExpanded() {
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">
                  <rsm:ExchangedDocument><ram:ID xmlns:ram="x">&lol2;</ram:ID></rsm:ExchangedDocument>
                </rsm:CrossIndustryInvoice>
                """;
        assertThat(EInvoiceXml.read(billionLaughs.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void anExternalEntityIsNeverFetched(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<cbc:ID>&xxe;</cbc:ID></Invoice>";
        assertThat(EInvoiceXml.read(xxe.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void otherXmlAndBrokenXmlAreNotEInvoices(@TempDir Path dir) throws Exception {
        assertThat(EInvoiceXml.read("<Invoice><ID>1</ID></Invoice>".getBytes(StandardCharsets.UTF_8)))
                .as("an Invoice element outside the UBL namespace").isEmpty();
        assertThat(EInvoiceXml.read("<rsm:CrossIndustryInvoice".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EInvoiceXml.read(new byte[0])).isEmpty();
        Path file = Files.write(dir.resolve("invoice.xml"), EInvoiceSamples.cii("380"));
        assertThat(EInvoiceXml.read(file)).isPresent();
    }

    @Test
    void periodsAndMalformedValuesAreLeftOut() {
        String xml = new String(EInvoiceSamples.cii("380"), StandardCharsets.UTF_8)
                .replace("<udt:DateTimeString format=\"102\">20250214</udt:DateTimeString>",
                        "<udt:DateTimeString format=\"610\">202502</udt:DateTimeString>")
                .replace("<ram:GrandTotalAmount>10500.00</ram:GrandTotalAmount>",
                        "<ram:GrandTotalAmount>ten thousand</ram:GrandTotalAmount>");
        EInvoice invoice = EInvoiceXml.read(xml.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(invoice.fields()).doesNotContainKeys("dueDate", "totalAmount").containsKey("invoiceNumber");
    }
}
