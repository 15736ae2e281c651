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
import java.util.Set;
import org.w3c.dom.Element;

/**
 * UN/CEFACT Cross Industry Invoice (D16B, as profiled by Factur-X / ZUGFeRD 2 / XRechnung), with
 * the element names of ZUGFeRD 1 ({@code HeaderExchangedDocument}, {@code ...SupplyChainTrade...})
 * as fallbacks, and Order-X, which uses the same header structure for an order.
 */
final class EInvoiceCii {
    /** UNTDID 1001 document codes of credit notes: 381 credit note, 396 factored credit note, 261 self-billed. */
    private static final Set<String> CREDIT_NOTE_CODES = Set.of("381", "396", "261", "262", "532");

    private EInvoiceCii() {}

    static EInvoice read(Element root, boolean order) {
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<Element> doc = first(root, "ExchangedDocument", "HeaderExchangedDocument");
        Optional<String> typeCode = doc.flatMap(d -> text(d, "TypeCode"));
        if (!order) {
            put(fields, "invoiceNumber", doc.flatMap(d -> text(d, "ID")));
        }
        put(fields, "issueDate", EInvoiceXml.ciiDate(doc.flatMap(d -> child(d, "IssueDateTime"))));

        Optional<Element> tx = first(root, "SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction");
        Optional<Element> agreement = tx.flatMap(t -> first(t, "ApplicableHeaderTradeAgreement",
                "ApplicableSupplyChainTradeAgreement"));
        Optional<Element> settlement = tx.flatMap(t -> first(t, "ApplicableHeaderTradeSettlement",
                "ApplicableSupplyChainTradeSettlement"));
        agreement.flatMap(a -> child(a, "SellerTradeParty")).ifPresent(p -> party(p, "seller", fields));
        agreement.flatMap(a -> child(a, "BuyerTradeParty")).ifPresent(p -> party(p, "buyer", fields));
        settlement.ifPresent(s -> settlement(s, fields));

        EInvoice.Type type = order ? EInvoice.Type.ORDER
                : typeCode.filter(CREDIT_NOTE_CODES::contains).isPresent() ? EInvoice.Type.CREDIT_NOTE : EInvoice.Type.INVOICE;
        return new EInvoice(type, fields);
    }

    private static void settlement(Element settlement, Map<String, String> fields) {
        Optional<String> currency = text(settlement, "InvoiceCurrencyCode").or(() -> text(settlement, "OrderCurrencyCode"));
        put(fields, "currency", currency);
        put(fields, "dueDate", EInvoiceXml.ciiDate(child(settlement, "SpecifiedTradePaymentTerms", "DueDateDateTime")));
        Optional<Element> sums = first(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation",
                "SpecifiedTradeSettlementMonetarySummation");
        if (sums.isEmpty()) {
            return;
        }
        Element s = sums.get();
        put(fields, "totalAmount", EInvoiceXml.amountIn(children(s, "GrandTotalAmount"), currency));
        put(fields, "netAmount", EInvoiceXml.amountIn(children(s, "TaxBasisTotalAmount"), currency));
        put(fields, "taxAmount", EInvoiceXml.amountIn(children(s, "TaxTotalAmount"), currency));
        put(fields, "amountDue", EInvoiceXml.amountIn(children(s, "DuePayableAmount"), currency));
    }

    /** Name, then the legal registration (SIREN, ICE…) before a registry id before the VAT number. */
    private static void party(Element party, String role, Map<String, String> fields) {
        put(fields, role + "Name", text(party, "Name"));
        List<EInvoiceXml.PartyId> ids = new ArrayList<>();
        text(party, "SpecifiedLegalOrganization", "ID").ifPresent(id -> ids.add(new EInvoiceXml.PartyId(id, 1)));
        for (Element global : children(party, "GlobalID")) {
            String value = global.getTextContent().trim();
            if (EInvoiceXml.isRegistryScheme(global.getAttribute("schemeID"), value)) {
                ids.add(new EInvoiceXml.PartyId(value, 2));
            }
        }
        for (Element registration : children(party, "SpecifiedTaxRegistration")) {
            child(registration, "ID").ifPresent(id -> {
                String scheme = id.getAttribute("schemeID");
                ids.add(new EInvoiceXml.PartyId(id.getTextContent().trim(), scheme.equals("FC") ? 4 : 3));
            });
        }
        put(fields, role + "Id", EInvoiceXml.bestId(ids));
    }

    private static Optional<Element> first(Element parent, String name, String fallback) {
        return child(parent, name).or(() -> child(parent, fallback));
    }
}
