package org.bordereau.ingest;

import static org.bordereau.ingest.EInvoiceXml.child;
import static org.bordereau.ingest.EInvoiceXml.children;
import static org.bordereau.ingest.EInvoiceXml.put;
import static org.bordereau.ingest.EInvoiceXml.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * OASIS UBL 2.x {@code Invoice} and {@code CreditNote} (as profiled by Peppol BIS Billing 3 and
 * EN 16931). The due date is {@code cbc:DueDate} on an invoice and {@code PaymentMeans/PaymentDueDate}
 * on a credit note (and on UBL 2.0 invoices).
 */
final class EInvoiceUbl {

    private EInvoiceUbl() {}

    static EInvoice read(Element root, boolean creditNote) {
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<String> currency = text(root, "DocumentCurrencyCode");
        put(fields, "invoiceNumber", text(root, "ID"));
        put(fields, "issueDate", EInvoiceXml.isoDate(text(root, "IssueDate")));
        put(fields, "dueDate", EInvoiceXml.isoDate(text(root, "DueDate")
                .or(() -> text(root, "PaymentMeans", "PaymentDueDate"))));
        put(fields, "currency", currency);
        child(root, "AccountingSupplierParty", "Party").ifPresent(p -> party(p, "seller", fields));
        child(root, "AccountingCustomerParty", "Party").ifPresent(p -> party(p, "buyer", fields));
        child(root, "LegalMonetaryTotal").ifPresent(total -> {
            put(fields, "totalAmount", EInvoiceXml.amountIn(children(total, "TaxInclusiveAmount"), currency));
            put(fields, "netAmount", EInvoiceXml.amountIn(children(total, "TaxExclusiveAmount"), currency));
            put(fields, "amountDue", EInvoiceXml.amountIn(children(total, "PayableAmount"), currency));
        });
        List<Element> taxAmounts = new ArrayList<>();
        for (Element taxTotal : children(root, "TaxTotal")) {
            taxAmounts.addAll(children(taxTotal, "TaxAmount"));
        }
        put(fields, "taxAmount", EInvoiceXml.amountIn(taxAmounts, currency));
        return new EInvoice(creditNote ? EInvoice.Type.CREDIT_NOTE : EInvoice.Type.INVOICE, fields);
    }

    /** The registered name before the trading name; the legal registration before a scheme id before the VAT number. */
    private static void party(Element party, String role, Map<String, String> fields) {
        put(fields, role + "Name", text(party, "PartyLegalEntity", "RegistrationName")
                .or(() -> text(party, "PartyName", "Name")));
        List<EInvoiceXml.PartyId> ids = new ArrayList<>();
        text(party, "PartyLegalEntity", "CompanyID").ifPresent(id -> ids.add(new EInvoiceXml.PartyId(id, 1)));
        for (Element identification : children(party, "PartyIdentification")) {
            child(identification, "ID").ifPresent(id -> {
                String value = id.getTextContent().trim();
                if (EInvoiceXml.isRegistryScheme(id.getAttribute("schemeID"), value)) {
                    ids.add(new EInvoiceXml.PartyId(value, 2));
                }
            });
        }
        for (Element scheme : children(party, "PartyTaxScheme")) {
            text(scheme, "CompanyID").ifPresent(id -> ids.add(new EInvoiceXml.PartyId(id, 3)));
        }
        put(fields, role + "Id", EInvoiceXml.bestId(ids));
    }
}
