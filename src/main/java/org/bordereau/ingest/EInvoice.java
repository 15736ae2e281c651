package org.bordereau.ingest;

import java.util.Map;

/**
 * An electronic invoice's data, read from its XML (UN/CEFACT CII as in Factur-X/ZUGFeRD, or UBL 2):
 * what the document is and the fields of DESIGN.md §5 it states, as plain strings (dates ISO,
 * amounts as printed in the XML).
 */
record EInvoice(Type type, Map<String, String> fields) {

    /** A credit note reduces a claim and an order precedes one: neither is an invoice to recover. */
    enum Type { INVOICE, CREDIT_NOTE, ORDER }

    EInvoice {
        fields = Map.copyOf(fields);
    }
}
