package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.fields;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import java.util.Map;
import org.bordereau.cases.ExtractedField;
import org.junit.jupiter.api.Test;

/**
 * Layout rules: who the parties are from where they stand (letterhead, attention line, blocks in
 * spaced text layers), values in header rows, dates after a place, and the checks that keep a
 * misread value out.
 */
class InvoiceFieldsLayoutTest {

    @Test
    void theLetterheadsFirstLineIsTheSellerWhenALegalFormStandsUnderIt() {
        Map<String, String> values = values("""
                MATÉRIAUX DU SUD
                S.A.R.L. au capital de 100.000,00 DH
                12, Bd Zerktouni — Marrakech

                Client : RIAD AL BAHIA
                FACTURE N° 2025/0007
                Total TTC : 1.200,00 DH
                """);
        assertThat(values).contains(entry("sellerName", "MATÉRIAUX DU SUD"), entry("buyerName", "RIAD AL BAHIA"));
    }

    @Test
    void theLetterheadsFirstLineIsTheSellerWhenTheSellersIdIsPrintedThere() {
        Map<String, String> values = values("""
                Camille Martin
                Graphiste — 6 impasse du Moulin, 44000 Nantes
                SIRET 732 829 320 00074

                Facture N° 24-017
                Total HT 900,00 €
                """);
        assertThat(values).contains(entry("sellerName", "Camille Martin"), entry("sellerId", "73282932000074"));
    }

    @Test
    void aLetterheadLineNothingVouchesForIsNotTakenForTheSeller() {
        Map<String, String> values = values("""
                Merci de votre confiance
                12 rue des Lilas, Lyon

                Facture N° 77
                Total TTC : 120,00 €
                """);
        assertThat(values).doesNotContainKey("sellerName");
    }

    @Test
    void aTitleIsNotASellerName() {
        assertThat(values("""
                FACTURE
                N° 2025-1
                SARL au capital de 10 000 €
                """)).doesNotContainKey("sellerName");
    }

    @Test
    void theCompanyAboveAnAttentionLineIsTheBuyerNotThePersonAndNotTheSeller() {
        Map<String, String> values = values("""
                ALTAÏR CONSEIL
                Société par actions simplifiée au capital de 20 000 €
                45 boulevard Haussmann — 75009 Paris

                Boulangeries Roussel SARL
                À l'attention de Mme Hélène Roussel
                17 rue Nationale
                37000 Tours

                Facture n° 2025-0042
                """);
        assertThat(values).contains(entry("sellerName", "ALTAÏR CONSEIL"),
                entry("buyerName", "Boulangeries Roussel SARL"));
    }

    @Test
    void inASpacedTextLayerTheBuyersIdUnderItsAddressIsTheBuyers() {
        // Chromium-made PDFs: every printed line followed by a blank line
        Map<String, String> values = values("""
                ATLAS NEGOCE

                SARL au capital de 500.000,00 DH

                Client : SOCIETE ENNAKHIL

                Route d'El Jadida

                ICE : 000236741000002

                FACTURE N° 2024/0153

                Total TTC 54.720,00

                Atlas Négoce SARL — RC Casablanca 341229 — ICE 001548962000061
                """);
        assertThat(values).contains(entry("buyerId", "000236741000002"), entry("sellerId", "001548962000061"),
                entry("buyerName", "SOCIETE ENNAKHIL"));
    }

    @Test
    void aBlockMarkerWithOnlyAColonTakesTheNameOnTheNextPrintedLine() {
        Map<String, String> values = values("""
                INVOICE # 10457

                BILL TO:

                Hudson Street Dental PC

                311 Hudson St, New York, NY 10013
                """);
        assertThat(values).contains(entry("buyerName", "Hudson Street Dental PC"));
    }

    @Test
    void aHeaderRowWithAColumnOfSomethingElseKeepsItsValuesInTheirColumns() {
        Map<String, String> values = values("""
                FACTURE

                FV240987
                DATE DE FACTURE CODE CLIENT DATE LIMITE DE PAIEMENT

                05.11.2024 C-0458 20.12.2024
                """);
        assertThat(values).contains(entry("invoiceNumber", "FV240987"), entry("issueDate", "2024-11-05"),
                entry("dueDate", "2024-12-20"));
    }

    @Test
    void aBareIntegerUnderTheTitleIsNoInvoiceNumber() {
        assertThat(values("""
                FACTURE

                12
                """)).doesNotContainKey("invoiceNumber");
    }

    @Test
    void aPlaceThenTheDateIsTheIssueDateButAPaymentOrDeliveryDateIsNot() {
        assertThat(values("Meknès le : 15/04/2024\nFACTURE N° 0457")).contains(entry("issueDate", "2024-04-15"));
        assertThat(values("Casablanca, le 12/06/2024 Bon de livraison N° BL-0981\nFACTURE N° 1")).contains(
                entry("issueDate", "2024-06-12"));
        assertThat(values("Livrée le 15/04/2024\nFACTURE N° 0457")).doesNotContainKey("issueDate");
        assertThat(values("Payable le 15/05/2024\nFACTURE N° 0457")).doesNotContainKey("issueDate");
    }

    @Test
    void frenchOrArabicTextReadsAmbiguousDatesDayFirst() {
        assertThat(values("Facture N° 12\nDate : 09/12/2024")).contains(entry("issueDate", "2024-12-09"));
        assertThat(values("فاتورة رقم : 12\nالتاريخ : 10/01/2025")).contains(entry("issueDate", "2025-01-10"));
    }

    @Test
    void rightToLeftCellsGluedTogetherAreSeparated() {
        // a PDF text layer joins the cells of an Arabic row without spaces
        Map<String, String> values = values("""
                وصل التسليم رقم : 7731تاريخ الاستحقاق : 09/02/2025التاريخ : 10/01/2025
                1.250,00 درهمالضريبة على القيمة المضافة %20
                7.500,00 درهمالمبلغ الواجب أداؤه
                """);
        assertThat(values).contains(entry("dueDate", "2025-02-09"), entry("issueDate", "2025-01-10"),
                entry("taxAmount", "1250.00"), entry("amountDue", "7500.00"));
    }

    @Test
    void aPercentSignBeforeANumberMakesItARate() {
        assertThat(Amounts.find("%20")).isEmpty();
        assertThat(Amounts.find("٪ 14".replace('٪', '%'))).isEmpty();
        assertThat(InvoiceText.normalize("٢٠٪")).isEqualTo("20%");
    }

    @Test
    void anInvoiceWithoutVatHasItsNetForTotal() {
        Map<String, String> values = values("""
                Facture N° 24-017
                Total HT 1 800,00 €
                Net à payer 1 800,00 €
                TVA non applicable, art. 293 B du CGI.
                """);
        assertThat(values).contains(entry("totalAmount", "1800.00"), entry("netAmount", "1800.00"));
        assertThat(values("""
                Facture N° 24-018
                Total HT 1 800,00 €
                Net à payer 1 800,00 €
                """)).doesNotContainKey("totalAmount");
    }

    @Test
    void ocrNetAndTaxThatDisagreeWithThePrintedRateAreLeftOut() {
        Map<String, ExtractedField> misread = fields("""
                FACTURE N° 8841
                TOTAL HT 512,56
                TVA 20% 102,50
                """, ExtractedField.OCR);
        assertThat(misread).doesNotContainKeys("netAmount", "taxAmount");
        Map<String, ExtractedField> read = fields("""
                FACTURE N° 8841
                TOTAL HT 512,50
                TVA 20% 102,50
                """, ExtractedField.OCR);
        assertThat(read.get("netAmount").value()).isEqualTo("512.50");
        assertThat(read.get("taxAmount").value()).isEqualTo("102.50");
    }

    @Test
    void aVatNumberAfterOtherWordsKeepsItsCountryPrefix() {
        assertThat(InvoicePartyIds.find("vat reg. no. gb 391 826 427")).extracting(InvoicePartyIds.PartyId::value)
                .containsExactly("GB391826427");
    }
}
