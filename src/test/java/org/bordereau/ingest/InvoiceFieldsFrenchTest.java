package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.fields;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import java.util.Map;
import org.bordereau.cases.ExtractedField;
import org.junit.jupiter.api.Test;

/** French invoices: the layouts of invoicing software, a small business and an auto-entrepreneur. */
class InvoiceFieldsFrenchTest {

    static final String SOFTWARE_LAYOUT = """
            ACME SAS
            12 rue de la Paix
            75002 Paris
            SIRET : 732 829 320 00074
            N° TVA intracommunautaire : FR44 732 829 320

            FACTURE N° F2025-017

            Date de facture : 15/01/2025
            Date d'échéance : 14/02/2025

            Facturé à :
            Beta SARL
            3 avenue Foch
            69006 Lyon
            SIRET : 552 100 554 00013

            Désignation              Qté   PU HT      Total HT
            Prestation de conseil    10    850,00     8 500,00
            Frais de déplacement      1    250,00       250,00

            Total HT                            8 750,00 €
            TVA 20 %                            1 750,00 €
            Total TTC                          10 500,00 €
            Net à payer                        10 500,00 €

            Conditions de paiement : 30 jours. En cas de retard, pénalités au taux de 3 fois le taux
            d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.
            ACME SAS au capital de 10 000 € - RCS Paris 732 829 320
            """;

    @Test
    void readsEveryFieldOfAnInvoicingSoftwareLayout() {
        assertThat(values(SOFTWARE_LAYOUT)).containsExactly(
                entry("amountDue", "10500.00"),
                entry("buyerId", "55210055400013"),
                entry("buyerName", "Beta SARL"),
                entry("currency", "EUR"),
                entry("dueDate", "2025-02-14"),
                entry("invoiceNumber", "F2025-017"),
                entry("issueDate", "2025-01-15"),
                entry("netAmount", "8750.00"),
                entry("sellerId", "732829320"),
                entry("sellerName", "ACME SAS"),
                entry("taxAmount", "1750.00"),
                entry("totalAmount", "10500.00"));
    }

    @Test
    void amountsThatAddUpAreSurerThanALabelAlone() {
        Map<String, ExtractedField> fields = fields(SOFTWARE_LAYOUT, ExtractedField.TEXT);
        assertThat(fields.get("totalAmount").confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(fields.get("totalAmount").source()).isEqualTo("text");
        assertThat(fields.get("buyerName").confidence()).isLessThan(0.8);
    }

    @Test
    void aDepositMakesTheAmountDueSmallerThanTheTotal() {
        String text = """
                Facture n° 2025-0456 du 03/03/2025
                Total HT : 2 000,00 €
                TVA (20 %) : 400,00 €
                Total TTC : 2 400,00 €
                Acompte versé le 01/02/2025 : 720,00 €
                Reste à payer : 1 680,00 €
                À payer avant le 02/04/2025
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "2025-0456"),
                entry("issueDate", "2025-03-03"),
                entry("dueDate", "2025-04-02"),
                entry("netAmount", "2000.00"),
                entry("taxAmount", "400.00"),
                entry("totalAmount", "2400.00"),
                entry("amountDue", "1680.00"),
                entry("currency", "EUR"));
    }

    @Test
    void aSummaryTableGivesItsValuesFromTheRowBelowItsLabels() {
        String text = """
                FACTURE
                N° de facture   Date           Échéance
                FC-88/2025      12/05/2025     11/06/2025

                Montant HT      TVA        Montant TTC
                1 000,00        200,00     1 200,00 €
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "FC-88/2025"),
                entry("issueDate", "2025-05-12"),
                entry("dueDate", "2025-06-11"),
                entry("netAmount", "1000.00"),
                entry("taxAmount", "200.00"),
                entry("totalAmount", "1200.00"));
    }

    @Test
    void anAutoEntrepreneurWithoutVatHasNoTaxAmount() {
        String text = """
                Julie Martin - Graphiste
                SIREN 542 065 479

                Facture n° 2025-12
                Date : 8 avril 2025

                Création de logo                      600,00 €
                Total HT                              600,00 €
                TVA non applicable, art. 293 B du CGI
                Net à payer                           600,00 €
                Paiement à réception.
                """;
        Map<String, String> values = values(text);
        assertThat(values).contains(
                entry("invoiceNumber", "2025-12"),
                entry("issueDate", "2025-04-08"),
                entry("netAmount", "600.00"),
                entry("amountDue", "600.00"),
                entry("sellerId", "542065479"));
        assertThat(values).doesNotContainKey("taxAmount");
    }

    @Test
    void aGenericTotalAboveTheVatIsTheNetWhenTheAmountsSaySo() {
        // many small businesses print "Total" for the net, then "TVA", then "Net à payer"
        String text = """
                Facture N° 118
                Total           1 500,00
                TVA 20%           300,00
                Net à payer     1 800,00 EUR
                """;
        assertThat(values(text)).contains(
                entry("netAmount", "1500.00"),
                entry("taxAmount", "300.00"),
                entry("totalAmount", "1800.00"),
                entry("amountDue", "1800.00"),
                entry("currency", "EUR"));
    }

    @Test
    void writtenDatesAndNarrowNoBreakSpaces() {
        String text = "Facture n° A-7\nÉmise le 1er février 2025\nÉchéance : 3 mars 2025\n"
                + "Total TTC : 12\u202F345,60\u00A0€\n";
        assertThat(values(text)).contains(
                entry("issueDate", "2025-02-01"),
                entry("dueDate", "2025-03-03"),
                entry("totalAmount", "12345.60"));
    }

    @Test
    void oneCellPerLineAsPdfTextLayersOftenComeOut() {
        String text = """
                FACTURE
                N° F2025-017
                Date
                15/01/2025
                Total HT
                8 750,00 €
                TVA 20 %
                1 750,00 €
                Total TTC
                10 500,00 €
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "F2025-017"),
                entry("issueDate", "2025-01-15"),
                entry("netAmount", "8750.00"),
                entry("taxAmount", "1750.00"),
                entry("totalAmount", "10500.00"));
    }

    @Test
    void anErpLayoutWithATaxColumnAndAnAmountDue() {
        String text = """
                Facture FAC/2025/00012
                Date de facturation : 15/01/2025    Date d'échéance : 14/02/2025    Origine : S00042
                Description    Quantité    Prix unitaire    Taxes    Montant
                Abonnement     1,00        1 000,00         20%      1 000,00 €
                Montant total HT       1 000,00 €
                TVA 20%                  200,00 €
                Total                  1 200,00 €
                Montant dû             1 200,00 €
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "FAC/2025/00012"),
                entry("issueDate", "2025-01-15"),
                entry("dueDate", "2025-02-14"),
                entry("netAmount", "1000.00"),
                entry("taxAmount", "200.00"),
                entry("totalAmount", "1200.00"),
                entry("amountDue", "1200.00"));
    }

    @Test
    void longerLabelsAreNotReadAsTheShortOnesInsideThem() {
        String text = """
                Facture n° 2025-77
                Montant total HT : 1 000,00 €
                Total TTC : 1 200,00 € dont TVA : 200,00 €
                Montant net à payer : 1 200,00 €
                """;
        assertThat(values(text)).contains(
                entry("netAmount", "1000.00"),
                entry("taxAmount", "200.00"),
                entry("totalAmount", "1200.00"),
                entry("amountDue", "1200.00"));
    }

    @Test
    void aTwoColumnHeaderAsTikaReadsItFromAPdf() {
        // PDFBox through Tika: each column block on its own, blank lines between blocks
        String text = """

                ACME SAS
                12 rue de la Paix
                75002 Paris

                Client :
                Beta SARL
                3 avenue Foch, 69006 Lyon

                FACTURE N° F2025-017 Date : 15/01/2025

                Total HT 8 750,00 €

                TVA 20 % 1 750,00 €

                Total TTC 10 500,00 €

                ACME SAS au capital de 10 000 € - RCS Paris 732 829 320 - TVA FR44732829320

                """;
        assertThat(values(text)).containsExactly(
                entry("buyerName", "Beta SARL"),
                entry("currency", "EUR"),
                entry("invoiceNumber", "F2025-017"),
                entry("issueDate", "2025-01-15"),
                entry("netAmount", "8750.00"),
                entry("sellerId", "732829320"),
                entry("sellerName", "ACME SAS"),
                entry("taxAmount", "1750.00"),
                entry("totalAmount", "10500.00"));
    }
}
