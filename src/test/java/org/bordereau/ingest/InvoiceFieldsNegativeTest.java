package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What must not be read: where "not found" is possible, a wrong value is worse. */
class InvoiceFieldsNegativeTest {

    @Test
    void aNetOnlyInvoiceHasNoTotal() {
        Map<String, String> values = values("""
                FACTURE N° 2025-88
                Date : 10/02/2025
                Total HT : 5 000,00 €
                """);
        assertThat(values).contains(entry("netAmount", "5000.00")).doesNotContainKeys("totalAmount", "amountDue");
    }

    @Test
    void lineAmountsUnderAnItemHeaderAreNotTotals() {
        Map<String, String> values = values("""
                Facture n° 31
                Désignation          Quantité   Total HT
                Maintenance annuelle  1          2 400,00
                """);
        assertThat(values).doesNotContainKeys("netAmount", "totalAmount");
    }

    @Test
    void aPhoneNumberIsNotAnAmount() {
        Map<String, String> values = values("""
                Facture N° 45
                Total : 05 22 34 56 78
                Montant TTC : +212 522 345 678
                """);
        assertThat(values).doesNotContainKeys("totalAmount", "amountDue", "netAmount");
    }

    @Test
    void aPhoneBesideTheTotalDoesNotReplaceIt() {
        assertThat(values("Total TTC : 1 200,00 MAD   Tél : 0522 34 56 78\n"))
                .contains(entry("totalAmount", "1200.00"));
    }

    @Test
    void aBankAccountIsNotAnIce() {
        Map<String, String> values = values("""
                FACTURE N° 9
                ICE : 011780000021210002039410
                RIB : 011 780 0000 2121000 2039 41 03
                Total TTC : 600,00 DH
                """);
        assertThat(values).doesNotContainKeys("sellerId", "buyerId");
    }

    @Test
    void twoDifferentTotalsOfEqualWeightLeaveTheTotalOut() {
        Map<String, String> values = values("""
                Facture N° 46
                Total TTC : 1 200,00 €
                Total TTC : 1 500,00 €
                """);
        assertThat(values).doesNotContainKey("totalAmount");
    }

    @Test
    void theVatExemptionArticleIsNotATaxAmount() {
        assertThat(values("Facture n° 3\nTotal HT 500,00 €\nTVA non applicable, art. 293 B du CGI\n"))
                .doesNotContainKey("taxAmount");
    }

    @Test
    void theShareCapitalAndTheLatePaymentIndemnityAreNotTotals() {
        Map<String, String> values = values("""
                Facture n° 4
                Indemnité forfaitaire pour frais de recouvrement : 40 €
                SARL au capital de 100 000 €
                """);
        assertThat(values).doesNotContainKeys("totalAmount", "amountDue", "netAmount");
    }

    @Test
    void otherDocumentsNumbersAreNotTheInvoiceNumber() {
        Map<String, String> values = values("""
                Bon de commande n° BC-2025-77
                N° client : C-0042
                Devis n° D-2025-12
                Total TTC : 900,00 €
                """);
        assertThat(values).doesNotContainKey("invoiceNumber");
    }

    @Test
    void aTitleWithoutANumberGivesNoNumber() {
        assertThat(values("FACTURE\nArrêtée la présente facture à la somme de mille dirhams\n"))
                .doesNotContainKey("invoiceNumber");
    }

    @Test
    void aDueDateBeforeTheIssueDateIsLeftOut() {
        Map<String, String> values = values("Facture n° 5\nDate de facture : 20/03/2025\nÉchéance : 20/02/2025\n");
        assertThat(values).contains(entry("issueDate", "2025-03-20")).doesNotContainKey("dueDate");
    }

    @Test
    void twoGenericDatesThatDisagreeGiveNoIssueDate() {
        Map<String, String> values = values("Facture n° 6\nDate : 01/03/2025\nDate : 05/03/2025\n");
        assertThat(values).doesNotContainKey("issueDate");
    }

    @Test
    void sellerAndBuyerIcesWithoutBlocksAreNotAssigned() {
        // two ICEs in the body, no "Client" block: which is whose cannot be told
        Map<String, String> values = values("""
                Désignation      Montant
                Facture N° 7
                Total TTC : 1 000,00 DH
                ICE : 001561191000066
                ICE : 002136093000040
                Merci de votre confiance
                Page 1/1
                Conditions générales au verso
                Paiement par virement
                Signature
                """);
        assertThat(values).doesNotContainKeys("sellerId", "buyerId");
    }

    @Test
    void aMonthAndYearAloneIsNotADueDate() {
        assertThat(values("Facture n° 8\nÉchéance : mars 2025\nÉchéance : 30 jours fin de mois\n"))
                .doesNotContainKey("dueDate");
    }

    @Test
    void noTextNoFields() {
        assertThat(values("")).isEmpty();
        assertThat(values("Lorem ipsum dolor sit amet 1234 5678")).isEmpty();
    }
}
