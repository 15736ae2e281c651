package org.bordereau.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** E-invoices written for the tests: a Factur-X (EN 16931) CII, a Peppol-style UBL, and a hybrid PDF. */
final class EInvoiceSamples {

    private EInvoiceSamples() {}

    static final String CII = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocumentContext>
                <ram:GuidelineSpecifiedDocumentContextParameter>
                  <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
                </ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument>
                <ram:ID>F2025-017</ram:ID>
                <ram:TypeCode>%s</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20250115</udt:DateTimeString></ram:IssueDateTime>
              </rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:IncludedSupplyChainTradeLineItem>
                  <ram:SpecifiedLineTradeSettlement>
                    <ram:SpecifiedTradeSettlementLineMonetarySummation>
                      <ram:LineTotalAmount>8500.00</ram:LineTotalAmount>
                    </ram:SpecifiedTradeSettlementLineMonetarySummation>
                  </ram:SpecifiedLineTradeSettlement>
                </ram:IncludedSupplyChainTradeLineItem>
                <ram:ApplicableHeaderTradeAgreement>
                  <ram:SellerTradeParty>
                    <ram:Name>Acme SAS</ram:Name>
                    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization>
                    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR44732829320</ram:ID></ram:SpecifiedTaxRegistration>
                  </ram:SellerTradeParty>
                  <ram:BuyerTradeParty>
                    <ram:Name>Beta SARL</ram:Name>
                    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR96552100554</ram:ID></ram:SpecifiedTaxRegistration>
                  </ram:BuyerTradeParty>
                </ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeDelivery/>
                <ram:ApplicableHeaderTradeSettlement>
                  <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                  <ram:SpecifiedTradePaymentTerms>
                    <ram:DueDateDateTime><udt:DateTimeString format="102">20250214</udt:DateTimeString></ram:DueDateDateTime>
                  </ram:SpecifiedTradePaymentTerms>
                  <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    <ram:LineTotalAmount>8750.00</ram:LineTotalAmount>
                    <ram:TaxBasisTotalAmount>8750.00</ram:TaxBasisTotalAmount>
                    <ram:TaxTotalAmount currencyID="MAD">19250.00</ram:TaxTotalAmount>
                    <ram:TaxTotalAmount currencyID="EUR">1750.00</ram:TaxTotalAmount>
                    <ram:GrandTotalAmount>10500.00</ram:GrandTotalAmount>
                    <ram:TotalPrepaidAmount>500.00</ram:TotalPrepaidAmount>
                    <ram:DuePayableAmount>10000</ram:DuePayableAmount>
                  </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                </ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """;

    static final String UBL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <%1$s xmlns="urn:oasis:names:specification:ubl:schema:xsd:%1$s-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
              <cbc:ID>INV-10457</cbc:ID>
              <cbc:IssueDate>2025-03-12</cbc:IssueDate>
              %2$s
              <cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
              <cac:AccountingSupplierParty>
                <cac:Party>
                  <cac:PartyIdentification><cbc:ID schemeID="0088">5790000435951</cbc:ID></cac:PartyIdentification>
                  <cac:PartyName><cbc:Name>Northwind</cbc:Name></cac:PartyName>
                  <cac:PartyTaxScheme>
                    <cbc:CompanyID>GB123456789</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:PartyTaxScheme>
                  <cac:PartyLegalEntity>
                    <cbc:RegistrationName>Northwind Traders Ltd</cbc:RegistrationName>
                    <cbc:CompanyID>01234567</cbc:CompanyID>
                  </cac:PartyLegalEntity>
                </cac:Party>
              </cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty>
                <cac:Party>
                  <cac:PartyName><cbc:Name>Contoso Retail</cbc:Name></cac:PartyName>
                  <cac:PartyTaxScheme>
                    <cbc:CompanyID>GB987654321</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:PartyTaxScheme>
                </cac:Party>
              </cac:AccountingCustomerParty>
              <cac:PaymentMeans>
                <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
                <cbc:PaymentDueDate>2025-04-11</cbc:PaymentDueDate>
              </cac:PaymentMeans>
              <cac:TaxTotal><cbc:TaxAmount currencyID="GBP">410.00</cbc:TaxAmount></cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="GBP">2050.00</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="GBP">2050.00</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="GBP">2460.00</cbc:TaxInclusiveAmount>
                <cbc:PrepaidAmount currencyID="GBP">500.00</cbc:PrepaidAmount>
                <cbc:PayableAmount currencyID="GBP">1960.00</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
            </%1$s>
            """;

    static byte[] cii(String typeCode) {
        return CII.formatted(typeCode).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ublInvoice() {
        return UBL.formatted("Invoice", "<cbc:DueDate>2025-04-11</cbc:DueDate>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ublCreditNote() {
        return UBL.formatted("CreditNote", "").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A one-page PDF whose text says "FACTURE" and which carries {@code xml} as the embedded file
     * {@code name}, listed in the EmbeddedFiles name tree and/or the catalog's /AF array, the way
     * Factur-X producers attach it (relationship Data/Alternative, subtype text/xml).
     */
    static void hybridPdf(Path target, String name, byte[] xml, boolean nameTree, boolean associatedFiles)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText("FACTURE N° F2025-017 - Total TTC 10 500,00 EUR");
                content.endText();
            }
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(xml));
            embedded.setSubtype("text/xml");
            embedded.setSize(xml.length);
            embedded.setModDate(Calendar.getInstance());
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            if (nameTree) {
                PDEmbeddedFilesNameTreeNode leaf = new PDEmbeddedFilesNameTreeNode();
                leaf.setNames(Map.of(name, spec));
                PDEmbeddedFilesNameTreeNode root = new PDEmbeddedFilesNameTreeNode();
                root.setKids(java.util.List.of(leaf)); // a root with kids, as larger producers write it
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(root);
                document.getDocumentCatalog().setNames(names);
            }
            if (associatedFiles) {
                COSArray af = new COSArray();
                af.add(spec);
                document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
            }
            document.save(target.toFile());
        }
    }
}
