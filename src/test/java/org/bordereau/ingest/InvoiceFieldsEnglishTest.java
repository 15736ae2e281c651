package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import org.junit.jupiter.api.Test;

/** English invoices: a UK layout with a part payment, a US one with month-first dates. */
class InvoiceFieldsEnglishTest {

    static final String UK_LAYOUT = """
            Northwind Traders Ltd
            1 King Street, London EC2V 8AU
            VAT Reg No: GB 123 4567 89
            Company No: 01234567

            INVOICE

            Invoice Number: INV-10457
            Invoice Date: 12 March 2025
            Due Date: April 11, 2025

            Bill To:
            Contoso Retail Ltd
            22 Market Street
            Manchester M1 1AA

            Description                 Qty   Unit Price    Amount
            Consulting services          20     £95.00     £1,900.00
            Travel expenses               1    £150.00       £150.00

            Subtotal                                       £2,050.00
            VAT (20%)                                        £410.00
            Total                                          £2,460.00
            Amount paid                                      £500.00
            Balance Due                                    £1,960.00

            Payment terms: 30 days. Please quote the invoice number with your payment.
            """;

    @Test
    void readsAUkInvoiceWithAPartPayment() {
        assertThat(values(UK_LAYOUT)).containsExactly(
                entry("amountDue", "1960.00"),
                entry("buyerName", "Contoso Retail Ltd"),
                entry("currency", "GBP"),
                entry("dueDate", "2025-04-11"),
                entry("invoiceNumber", "INV-10457"),
                entry("issueDate", "2025-03-12"),
                entry("netAmount", "2050.00"),
                entry("sellerId", "GB123456789"),
                entry("sellerName", "Northwind Traders Ltd"),
                entry("taxAmount", "410.00"),
                entry("totalAmount", "2460.00"));
    }

    @Test
    void americanDatesAreMonthFirstWhenADateProvesIt() {
        String text = """
                Invoice # 2025-0093
                Date: 03/04/2025
                Due: 04/18/2025
                Subtotal: $1,200.00
                Sales Tax: $99.00
                Total: $1,299.00
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "2025-0093"),
                entry("issueDate", "2025-03-04"),
                entry("dueDate", "2025-04-18"),
                entry("netAmount", "1200.00"),
                entry("taxAmount", "99.00"),
                entry("totalAmount", "1299.00"),
                entry("currency", "USD"));
    }

    @Test
    void euroPrefixAndAmountDueLabel() {
        String text = """
                Invoice no. 5561
                Invoice date: 2025-06-30
                Payment due: 2025-07-30
                Net amount: €4,000.00
                VAT amount: €840.00
                Total incl. VAT: €4,840.00
                Amount due: €4,840.00
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "5561"),
                entry("issueDate", "2025-06-30"),
                entry("dueDate", "2025-07-30"),
                entry("netAmount", "4000.00"),
                entry("taxAmount", "840.00"),
                entry("totalAmount", "4840.00"),
                entry("amountDue", "4840.00"),
                entry("currency", "EUR"));
    }
}
