"""Writes ../expected.json: the hand-read ground truth of the real files below, and the authored values
of the synthetic ones (docs.py). Run from this folder: python3 build_expected.py ../expected.json"""
import json, sys
import docs

REAL = {
    # ---------------------------------------------------------------- standalone UBL (read from the XML)
    "xml-ubl-oasis-2.1-example.xml": dict(
        origin="real", category="xml", language="en", country="DK",
        fields=dict(invoiceNumber="TOSL108", issueDate="2009-12-15", dueDate="2009-12-31",
                    totalAmount="1729.00", netAmount="1436.50", taxAmount="292.20", amountDue="729.00",
                    currency="EUR", sellerName="The Sellercompany Incorporated", sellerId="5402697509",
                    buyerName="The buyercompany inc.", buyerId="5645342123"),
        alsoAccept=dict(sellerName=["Salescompany ltd."], sellerId=["DK12345"],
                        buyerName=["Buyercompany ltd"], buyerId=["BE54321"]),
        note="UBL 2.1. Party name differs from registration name; prepaid 1000 so PayableAmount 729. "
             "dueDate from PaymentMeans/PaymentDueDate."),
    "xml-ubl-peppol-at-bis4a.xml": dict(
        origin="real", category="xml", language="de", country="AT",
        fields=dict(invoiceNumber="Rechnung 1234", issueDate="2014-01-31", dueDate="2014-02-28",
                    totalAmount="17342.71", netAmount="14452.25", taxAmount="2890.46", amountDue="17342.71",
                    currency="EUR", sellerName="Demo Supplier GmbH", sellerId="ATU51287307",
                    buyerName="Bundesministerium für Finanzen", buyerId="ATU37866403"),
        alsoAccept=dict(sellerId=["FN203682hHGWien", "FN203682h"], invoiceNumber=["1234"]),
        note="PEPPOL BIS 4A (Austrian government). VAT ids printed with spaces."),
    "xml-ubl-peppol-dk-se.xml": dict(
        origin="real", category="xml", language="en", country="DK",
        fields=dict(invoiceNumber="008660-AA", issueDate="2011-03-01", dueDate="2011-03-30",
                    totalAmount="371.70", netAmount="371.70", taxAmount="0.00", amountDue="371.70",
                    currency="EUR", sellerName="Alfa1 Lab Alfa1com ApS", sellerId="DK28158815",
                    buyerName="Ekonomistyrningsverket (National Financial Management Authority)",
                    buyerId="2021005026"),
        alsoAccept=dict(buyerName=["Ekonomistyrningsverket"]),
        note="PEPPOL BIS 4A, cross-border (DK seller, SE public buyer), VAT category G (export) so tax 0."),
    "xml-ubl-peppol-is-it-prepaid.xml": dict(
        origin="real", category="xml", language="en", country="IS",
        fields=dict(invoiceNumber="3x7-viajvst-tst10", issueDate="2011-06-01", dueDate="2011-07-15",
                    totalAmount="5100.00", netAmount="4500.00", taxAmount="600.00", amountDue="4100.00",
                    currency="EUR", sellerName="Eykur ehf", sellerId="IS61983",
                    buyerName="Consip SpA", buyerId="IT05359681003"),
        alsoAccept=dict(sellerId=["5902992359"], buyerId=["05359681003"]),
        note="PEPPOL BIS 4A, Icelandic seller / Italian buyer; prepaid 1000; TaxExclusiveAmount (4500) "
             "differs from LineExtensionAmount (3500) because of a header charge."),
    # ---------------------------------------------------------------- standalone CII (EN 16931 examples)
    "xml-cii-en16931-ex1-nl.xml": dict(
        origin="real", category="xml", language="nl", country="NL",
        fields=dict(invoiceNumber="12115118", issueDate="2015-01-09", dueDate="2015-01-09",
                    totalAmount="250.33", netAmount="229.60", taxAmount="20.73", amountDue="250.33",
                    currency="EUR", sellerName="De Koksmaat", sellerId="57151520", buyerName="ODIN 59"),
        alsoAccept=dict(sellerId=["NL8200.98.395.B.01", "NL820098395B01"]),
        note="EN 16931 official example 1 (CII D16B)."),
    "xml-cii-en16931-ex2-no-prepaid.xml": dict(
        origin="real", category="xml", language="en", country="NO",
        fields=dict(invoiceNumber="TOSL108", issueDate="2013-06-30", dueDate="2013-07-20",
                    totalAmount="1801.78", netAmount="1436.50", taxAmount="365.28", amountDue="801.78",
                    currency="NOK", sellerName="Salescompany ltd.", sellerId="123456789",
                    buyerName="The Buyercompany", buyerId="987654321"),
        alsoAccept=dict(sellerId=["123456789MVA"], buyerId=["987654321MVA"]),
        note="EN 16931 official example 2 (CII D16B): NOK, prepaid 1000."),
    "xml-cii-en16931-ex8-nl-energy.xml": dict(
        origin="real", category="xml", language="nl", country="NL",
        fields=dict(invoiceNumber="1100512149", issueDate="2014-11-10", dueDate="2014-11-24",
                    totalAmount="1099.78", netAmount="908.91", taxAmount="190.87", amountDue="1099.78",
                    currency="EUR", sellerName="Enexis B.V.", sellerId="17131139", buyerName="Klant"),
        alsoAccept=dict(sellerId=["NL809561074B01"], sellerName=["Enexis"]),
        note="EN 16931 official example 8 (CII D16B), energy invoice with many lines."),
    # ---------------------------------------------------------------- Factur-X built from EN 16931 examples
    "fx-en16931-ex3-dk.pdf": dict(
        origin="real-data", category="facturx", language="en", country="DK",
        fields=dict(invoiceNumber="TOSL108", issueDate="2013-04-10", dueDate="2013-05-10",
                    totalAmount="1125.00", netAmount="900.00", taxAmount="225.00", amountDue="1125.00",
                    currency="DKK", sellerName="SubscriptionSeller", sellerId="DK16356706",
                    buyerName="Buyercompany ltd"),
        note="EN 16931 example 3 embedded as factur-x.xml; visible pages = Mustang's English rendering of that XML."),
    "fx-en16931-ex5-dk-prepaid.pdf": dict(
        origin="real-data", category="facturx", language="fr", country="NL",
        fields=dict(invoiceNumber="TOSL110", issueDate="2013-04-10", dueDate="2013-05-10",
                    totalAmount="4675.00", netAmount="4000.00", taxAmount="675.00", amountDue="2337.50",
                    currency="DKK", sellerName="SellerCompany", sellerId="NL16356706",
                    buyerName="Buyercompany ltd", buyerId="DK16356607"),
        alsoAccept=dict(sellerName=["SelCo"], buyerName=["Buyco"]),
        note="EN 16931 example 5: invoice in DKK with VAT also given in EUR (628.62): taxAmount is the "
             "invoice-currency one. Half prepaid. The XML carries an attached PDF (EHF.pdf). Mustang "
             "reports the XML invalid against the Factur-X schematron (example predates it)."),
    "fx-en16931-ex7-se.pdf": dict(
        origin="real-data", category="facturx", language="en", country="SE",
        fields=dict(invoiceNumber="INVOICE_test_7", issueDate="2013-05-13",
                    totalAmount="3200.00", netAmount="3200.00", amountDue="3200.00",
                    currency="SEK", sellerName="The Sellercompany Incorporated",
                    buyerName="THe Buyercompany"),
        alsoAccept=dict(sellerName=["Civic Service Centre"]),
        optional=dict(taxAmount=["0.00"], sellerId=["5532331183"]),
        note="EN 16931 example 7: outside the scope of VAT (no header TaxTotalAmount, a 0 in the VAT "
             "breakdown: taxAmount 0.00 optional); no due date, only 'Payment within 30 days'. The seller "
             "has only a seller identifier (BT-29, not a legal id): optional."),
    "fx-en16931-ex9-nl.pdf": dict(
        origin="real-data", category="facturx", language="fr", country="NL",
        fields=dict(invoiceNumber="20150483", issueDate="2015-04-01", dueDate="2015-04-15",
                    totalAmount="177.87", netAmount="147.00", taxAmount="30.87", amountDue="177.87",
                    currency="EUR", sellerName="Bluem BV", sellerId="NL809163160B01",
                    buyerName="Provide Verzekeringen"),
        alsoAccept=dict(sellerId=["32081330", "32081330 Amersfoort"]),
        note="EN 16931 example 9; visible pages = Mustang's French rendering (dates printed d/M/yyyy)."),
    # ---------------------------------------------------------------- real PDFs from registries
    "en-microinvoice-example.pdf": dict(
        origin="real", category="pdf", language="en", country="GB",
        fields=dict(invoiceNumber="1", issueDate="2021-10-22", totalAmount="51.60", netAmount="43.00",
                    taxAmount="8.60", currency="EUR", sellerName="Big Corp", sellerId="5345345345435345345",
                    buyerName="Acme Corp", buyerId="352352342333"),
        alsoAccept=dict(buyerName=["John Doe"]),
        note="Status 'Paid': no amount due. Date '22/10/21' (dd/mm/yy). Amounts without decimals ('51.6 EUR')."),
    "en-commercial-invoice-ducks.pdf": dict(
        origin="real", category="pdf", language="en", country="US",
        fields=dict(issueDate="2019-01-17", totalAmount="1034.00", currency="USD",
                    sellerName="The Marmot Company", buyerName="Paulo Cereda"),
        note="US export commercial invoice, 2 pages. No invoice number (only a waybill number, which is "
             "NOT an invoice number), no tax, no due date. Total printed '$1, 034.00'."),
}

CONVENTIONS = {
    "fields": "DESIGN.md section 5 keys; a field is listed only when the document shows it.",
    "dates": "ISO YYYY-MM-DD, compared exactly.",
    "amounts": "plain decimals, compared numerically (BigDecimal.compareTo).",
    "totalAmount": "total including tax (TTC / GrandTotal / TaxInclusiveAmount).",
    "netAmount": "total excluding tax (HT / TaxBasisTotal / TaxExclusiveAmount).",
    "taxAmount": "total tax in the invoice currency; 0.00 only when the document shows a zero tax.",
    "amountDue": "listed only when the document states an amount due / payable (Net a payer, Reste a payer, "
                 "Amount due, Balance due, PayableAmount, DuePayableAmount); it differs from totalAmount when "
                 "prepayments are shown.",
    "ids": "main legal id of the party as printed, letters and digits only; alsoAccept lists the party's other "
           "legal ids shown (SIREN inside a SIRET, VAT number, company number); compared ignoring case and "
           "anything that is not a letter or digit.",
    "names": "compared after normalisation: case, accents, punctuation, '&'/'and'/'et', and legal-form words "
             "(SARL, SAS, SA, GmbH, Ltd, Inc, BV, ApS, ...) ignored; alsoAccept lists other names the party "
             "carries on the document (trade name vs registered name).",
    "optional": "values a document shows only doubtfully (a zero tax in a breakdown, an identifier that is "
                "not a legal id): extracting them is neither required nor counted; another value is spurious.",
    "invoiceNumber": "compared ignoring case and white space.",
    "currency": "ISO 4217, also when the document shows only a symbol or a word (EUR for euro sign, MAD for DH).",
}


def main(out):
    inv = {}
    for name, e in REAL.items():
        inv[name] = dict(origin=e["origin"], category=e["category"], language=e["language"], country=e["country"],
                         fields=e["fields"], alsoAccept=e.get("alsoAccept", {}),
                         optional=e.get("optional", {}), note=e["note"])
    for d in docs.DOCS:
        inv[d["file"]] = dict(origin="synthetic", category=d["category"], language=d["language"],
                              country=d["country"], fields=d["fields"], alsoAccept=d["accept"], optional={},
                              note=d["note"])
    data = dict(description="Ground truth of the Bordereau extraction corpus (issue 4). One entry per file of "
                            "invoices/. See LICENCES.md for origin and licence of each file.",
                conventions=CONVENTIONS, invoices=dict(sorted(inv.items())))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(inv), "entries")


if __name__ == "__main__":
    main(sys.argv[1])
