package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {
    private static final Classifier CLASSIFIER = new Classifier();

    private static Classifier.Kind classify(String mediaType, String filename, String text, Map<String, String> metadata) {
        return CLASSIFIER.classify(new ReadDocument(null, mediaType, filename, text, ReadDocument.SOURCE_TEXT, metadata), false);
    }

    private static Classifier.Kind pdf(String text) {
        return classify("application/pdf", "document.pdf", text, Map.of());
    }

    @Test
    void invoicesInThreeLanguages() {
        assertThat(pdf(InvoiceFieldsFrenchTest.SOFTWARE_LAYOUT).kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(pdf(InvoiceFieldsMoroccanTest.DISTRIBUTOR).kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(pdf(InvoiceFieldsEnglishTest.UK_LAYOUT).kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(pdf(InvoiceFieldsArabicTest.ARABIC).kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(pdf(InvoiceFieldsFrenchTest.SOFTWARE_LAYOUT).confidence()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void aQuoteIsNotAnInvoiceEvenWhenItMentionsOne() {
        Classifier.Kind kind = pdf("""
                ACME SAS
                DEVIS N° D-2025-12
                Date : 02/01/2025
                Prestation de conseil          8 500,00
                Total HT                       8 500,00 €
                Total TTC                     10 200,00 €
                La facture sera émise à la livraison. Facture payable à 30 jours.
                Devis valable jusqu'au 31/01/2025. Bon pour accord, date et signature :
                """);
        assertThat(kind.kind()).isEqualTo(DocumentKind.QUOTE);
        assertThat(pdf("FACTURE PROFORMA N° PF-17\nTotal TTC : 1 200,00 €\n").kind()).isEqualTo(DocumentKind.QUOTE);
    }

    @Test
    void anInvoiceThatQuotesItsQuoteIsStillAnInvoice() {
        assertThat(pdf("FACTURE N° F-9\nSuivant devis n° D-2025-12 accepté le 03/01/2025\nTotal TTC : 1 200,00 €\n").kind())
                .isEqualTo(DocumentKind.INVOICE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CONTRACT       | CONTRAT DE PRESTATION DE SERVICES\\nEntre les soussignés : Acme SAS, ci-après dénommée le Prestataire\\nArticle 1 - Objet\\nFait en deux exemplaires originaux",
            "CONTRACT       | SERVICE AGREEMENT\\nThis agreement is entered into between Acme Ltd (hereinafter the Supplier) and Beta Ltd.",
            "CONTRACT       | عقد توريد\\nبين الطرف الأول شركة الأطلس والطرف الثاني شركة النور",
            "PURCHASE_ORDER | BON DE COMMANDE N° BC-2025-77\\nFournisseur : Acme SAS\\nQuantité 10 - Prix unitaire 850,00",
            "PURCHASE_ORDER | PURCHASE ORDER\\nPO Number: 4500012345\\nShip to: Contoso",
            "PURCHASE_ORDER | أمر شراء رقم 45\\nالمورد: شركة الأطلس",
            "DELIVERY_PROOF | BON DE LIVRAISON N° BL-123\\nMarchandise reçue en bon état\\nSignature du destinataire",
            "DELIVERY_PROOF | PROOF OF DELIVERY\\nDelivered 12/03/2025 10:42, received by J. Smith",
            "DELIVERY_PROOF | وصل التسليم رقم 12\\nتم التسليم بتاريخ 12/03/2025",
            "DELIVERY_PROOF | PROCÈS-VERBAL DE RÉCEPTION\\nLes travaux ont été réceptionnés sans réserve",
            "REMINDER       | Objet : Relance - facture impayée n° F2025-017\\nMadame, Monsieur,\\nSauf erreur de notre part, la facture citée en objet reste impayée.\\nCordialement",
            "REMINDER       | MISE EN DEMEURE\\nPar la présente, nous vous mettons en demeure de régler la somme de 10 500,00 €",
            "REMINDER       | FINAL NOTICE\\nYour account is overdue. Invoice INV-10457 remains unpaid.",
            "REMINDER       | إنذار بالأداء\\nنذكركم بأن الفاتورة رقم 2025/118 لم يتم أداؤها",
            "PAYMENT_PROOF  | AVIS DE VIREMENT\\nDonneur d'ordre : Beta SARL\\nMontant : 10 500,00 EUR\\nRéférence : facture F2025-017",
            "PAYMENT_PROOF  | REMITTANCE ADVICE\\nPayment of GBP 1,960.00 for invoice INV-10457",
            "PAYMENT_PROOF  | وصل أداء\\nتوصلنا بمبلغ 12.000,00 درهم",
            "CORRESPONDENCE | Madame, Monsieur,\\nNous accusons réception de votre courrier du 3 mars concernant la livraison.\\nVeuillez agréer nos salutations distinguées.",
            "OTHER          | AVOIR N° AV-2025-3\\nAvoir sur facture F2025-017\\nTotal TTC : -1 200,00 €",
            "OTHER          | CREDIT NOTE\\nCredit note CN-17 against invoice INV-10457",
    })
    void recognisesEachKind(DocumentKind expected, String text) {
        assertThat(pdf(text.replace("\\n", "\n")).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "facture_F2025-017.pdf   | INVOICE",
            "FA-2025-0042.pdf        | INVOICE",
            "BL-123.pdf              | DELIVERY_PROOF",
            "devis_2025_12.pdf       | QUOTE",
            "BDC45.pdf               | PURCHASE_ORDER",
            "Contrat-cadre-Beta.docx | CONTRACT",
            "relance_2.pdf           | REMINDER",
            "avis-virement-88.pdf    | PAYMENT_PROOF",
            "proof_of_delivery.png   | DELIVERY_PROOF",
    })
    void aFileNameAloneIsEvidenceForAScanWithoutText(String filename, DocumentKind expected) {
        Classifier.Kind kind = classify("image/jpeg", filename, "", Map.of());
        assertThat(kind.kind()).isEqualTo(expected);
        assertThat(kind.confidence()).isLessThan(0.9);
    }

    @Test
    void nothingRecognisableIsOtherWithLowConfidence() {
        Classifier.Kind kind = classify("image/jpeg", "scan001.jpg", "", Map.of());
        assertThat(kind.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(kind.confidence()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void anEmailIsCorrespondenceUnlessItIsPlainlyAReminder() {
        Classifier.Kind chat = classify("message/rfc822", "mail.eml",
                "Bonjour,\nLa facture F2025-017 est bien arrivée, la livraison est prévue lundi.\nCordialement",
                Map.of("subject", "Re: livraison et facture"));
        assertThat(chat.kind()).isEqualTo(DocumentKind.CORRESPONDENCE);

        Classifier.Kind reminder = classify("message/rfc822", "mail.eml",
                "Madame, Monsieur,\nSauf erreur de notre part, la facture F2025-017 reste impayée.\n"
                        + "Sans règlement sous 8 jours, nous vous adresserons une mise en demeure.",
                Map.of("subject", "Relance : facture impayée F2025-017"));
        assertThat(reminder.kind()).isEqualTo(DocumentKind.REMINDER);

        assertThat(classify("application/vnd.ms-outlook", "message.msg", "", Map.of()).kind())
                .isEqualTo(DocumentKind.CORRESPONDENCE);
    }

    @Test
    void anInvoiceHeaderNamingItsOrderAndDeliveryNoteIsAnInvoice() {
        String invoice = """
                ACME SAS
                FACTURE N° F-123
                Bon de commande n° BC-456
                Bon de livraison n° BL-789
                Date : 15/01/2025
                Total TTC : 1 200,00 €
                """;
        assertThat(pdf(invoice).kind()).isEqualTo(DocumentKind.INVOICE);
        String deliveryNote = """
                ACME SAS
                BON DE LIVRAISON N° BL-789
                Commande n° BC-456
                Facture n° F-123
                Quantité livrée : 10
                """;
        assertThat(pdf(deliveryNote).kind()).isEqualTo(DocumentKind.DELIVERY_PROOF);
    }
}
