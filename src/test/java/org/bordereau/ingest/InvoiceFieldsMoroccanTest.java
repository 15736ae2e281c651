package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moroccan invoices in French: dirhams, ICE of both parties, legal mentions in the footer. */
class InvoiceFieldsMoroccanTest {

    static final String DISTRIBUTOR = """
            STE ATLAS DISTRIBUTION SARL
            Zone industrielle Ain Sebaa, Casablanca
            Tél : 05 22 34 56 78 - Fax : 05 22 34 56 79
            ICE : 001561191000066

            FACTURE N° : FA-2025/0042
            Casablanca, le 31/01/2025

            Client : SOCIETE BETA SARL
            ICE client : 002136093000040
            Adresse : 45 bd Zerktouni, Casablanca

            Désignation          Qté    P.U HT      Montant HT
            Ciment CPJ 45        200    75,00       15 000,00
            Transport              1    1 200,00     1 200,00

            Total HT :              16 200,00 DH
            TVA 20% :                3 240,00 DH
            Total TTC :             19 440,00 DH
            Arrêtée la présente facture à la somme de : dix-neuf mille quatre cent quarante dirhams TTC

            Mode de règlement : virement - Échéance : 02/03/2025
            RIB : 011 780 0000 2121000 2039 41 03
            RC : 123456 - IF : 1234567 - Patente : 34567890 - CNSS : 7654321 - ICE : 001561191000066
            """;

    @Test
    void readsAMoroccanDistributorsInvoice() {
        assertThat(values(DISTRIBUTOR)).containsExactly(
                entry("buyerId", "002136093000040"),
                entry("buyerName", "SOCIETE BETA SARL"),
                entry("currency", "MAD"),
                entry("dueDate", "2025-03-02"),
                entry("invoiceNumber", "FA-2025/0042"),
                entry("issueDate", "2025-01-31"),
                entry("netAmount", "16200.00"),
                entry("sellerId", "001561191000066"),
                entry("sellerName", "STE ATLAS DISTRIBUTION SARL"),
                entry("taxAmount", "3240.00"),
                entry("totalAmount", "19440.00"));
    }

    @Test
    void dotThousandsAndDirhamsWithAWithholdingLine() {
        String text = """
                Facture N° 2025-311
                Date facture : 05.02.2025
                Montant HT : 40.000,00 Dhs
                TVA 10 % : 4.000,00 Dhs
                Montant TTC : 44.000,00 Dhs
                Net à payer : 44.000,00 Dhs
                """;
        assertThat(values(text)).contains(
                entry("issueDate", "2025-02-05"),
                entry("netAmount", "40000.00"),
                entry("taxAmount", "4000.00"),
                entry("totalAmount", "44000.00"),
                entry("amountDue", "44000.00"),
                entry("currency", "MAD"));
    }

    @Test
    void twoVatRatesWithTheirTotal() {
        String text = """
                FACTURE N° 77/2025
                Total HT                 1 500,00
                TVA 20%                    200,00
                TVA 10%                     50,00
                Total TVA                  250,00
                Total TTC                1 750,00 MAD
                """;
        assertThat(values(text)).contains(
                entry("netAmount", "1500.00"),
                entry("taxAmount", "250.00"),
                entry("totalAmount", "1750.00"));
    }

    @Test
    void theSellersIceInTheFooterAndNoBuyerBlockStillNamesTheSeller() {
        String text = """
                FACTURE N° 12
                Date : 10/10/2025
                Total TTC : 3 600,00 DH
                SARL AU capital de 100 000 DH - ICE : 002136093000040 - IF : 12345678
                """;
        Map<String, String> values = values(text);
        assertThat(values).contains(entry("sellerId", "002136093000040"), entry("totalAmount", "3600.00"));
        assertThat(values).doesNotContainKey("buyerId");
    }

    @Test
    void bilingualLabelsShareOneValue() {
        String text = """
                Facture N° 2025/090 - فاتورة رقم 2025/090
                Total HT / المجموع دون احتساب الرسوم : 10 000,00
                TVA 20% / الضريبة على القيمة المضافة : 2 000,00
                Total TTC / المجموع مع احتساب الرسوم : 12 000,00 DH
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "2025/090"),
                entry("netAmount", "10000.00"),
                entry("taxAmount", "2000.00"),
                entry("totalAmount", "12000.00"),
                entry("currency", "MAD"));
    }
}
