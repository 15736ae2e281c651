"""Writes ../expected.json: the hand-read ground truth of the real held-out files below, and the authored
values of the synthetic ones (heldout_docs.py). Run: python3 build_expected.py ../expected.json"""
import json
import sys

import heldout_docs

REAL = {
    # ---------------------------------------------------------------- standalone UBL (read from the XML)
    "xml-ubl-bii04-reverse-charge.xml": dict(
        origin="real", category="xml", language="en", country="DK",
        fields=dict(invoiceNumber="TOSL108", issueDate="2009-12-15",
                    totalAmount="1437.00", netAmount="1436.50", taxAmount="0.00", amountDue="1437.00",
                    currency="EUR", sellerName="Salescompany ltd.", sellerId="DK12345",
                    buyerName="Buyercompany ltd", buyerId="BE98765"),
        note="PEPPOL BII04 minimal invoice, reverse charge (VAT category AE, tax 0); rounding 0.50 makes "
             "TaxInclusiveAmount 1437.00 from 1436.50. No due date."),
    "xml-ubl-peppol-atgov-bis4a.xml": dict(
        origin="real", category="xml", language="de", country="AT",
        fields=dict(invoiceNumber="123456", issueDate="2014-09-16", dueDate="2014-10-16",
                    totalAmount="2760.46", netAmount="2300.38", taxAmount="460.08", amountDue="2760.46",
                    currency="EUR", sellerName="TestSupplier", sellerId="ATU12345678",
                    buyerName="TestCustomer", buyerId="ATU12345678"),
        note="PEPPOL BIS 4A test invoice of the Austrian government; same VAT id on both parties. "
             "Delivery date 2014-09-30 is not the due date."),
    "xml-ubl-peppol-bis4a-uc3-dk-no.xml": dict(
        origin="real", category="xml", language="en", country="DK",
        fields=dict(invoiceNumber="TOSL108", issueDate="2013-06-03", dueDate="2013-06-30",
                    totalAmount="1500.00", netAmount="1500.00", taxAmount="0.00", amountDue="1500.00",
                    currency="DKK", sellerName="SellerCompany", sellerId="DK16356706",
                    buyerName="The Buyercompany", buyerId="987654321MVA"),
        accept=dict(sellerName=["The Sellercompany Incorporated"], buyerId=["987654321"]),
        optional=dict(buyerId=[]),
        note="PEPPOL BIS 4A official use case 3: DK seller, NO buyer, reverse charge (AE), tax 0. The "
             "buyer's GLN (5790000436132) is not a legal id."),
    "xml-ubl-creditnote-bii05-prepaid.xml": dict(
        origin="real", category="xml", language="en", country="IS",
        fields=dict(invoiceNumber="CREDIT-TOSL108", issueDate="2010-08-31",
                    totalAmount="530744.00", netAmount="434123.64", taxAmount="96620.22",
                    amountDue="430744.00", currency="EUR", sellerName="Salescompany ltd.", sellerId="DK12345",
                    buyerName="BuyerCompany ehf.", buyerId="DK54321"),
        accept=dict(sellerId=["5203092370", "Sel123"], buyerId=["5402697509", "345KS5324"]),
        note="UBL 2.0 CreditNote (BII05), prepaid 100000 so PayableAmount 430744 < TaxInclusiveAmount; "
             "it references invoice 'INV 108', which is not its number. Tax point 2009-11-30 is not the issue date."),
    "xml-ubl-2.0-example-gb.xml": dict(
        origin="real", category="xml", language="en", country="GB",
        fields=dict(invoiceNumber="A00095678", issueDate="2005-06-21", dueDate="2005-07-21",
                    netAmount="90.00", taxAmount="17.50", amountDue="107.50", currency="GBP",
                    sellerName="Consortial", sellerId="1752692355", buyerName="IYT Corporation",
                    buyerId="12356478"),
        accept=dict(sellerName=["Farthing Purchasing Consortium"], buyerName=["Bridgtow District Council"]),
        optional=dict(totalAmount=["107.50"]),
        note="UBL 2.0 example: no DocumentCurrencyCode (GBP only in currencyID attributes), no "
             "TaxInclusiveAmount (so totalAmount is optional: PayableAmount 107.50), VAT number printed "
             "'175 269 2355'. Order date 2005-06-20 is not the issue date."),
    # ---------------------------------------------------------------- Factur-X (real data, rendered)
    "fx-en16931-ex4-dk-fr.pdf": dict(
        origin="real-data", category="facturx", language="fr", country="DK",
        fields=dict(invoiceNumber="TOSL110", issueDate="2013-04-10", dueDate="2013-05-10",
                    totalAmount="4675.00", netAmount="4000.00", taxAmount="675.00", amountDue="4675.00",
                    currency="DKK", sellerName="SellerCompany", sellerId="DK16356706",
                    buyerName="Buyercompany ltd"),
        optional=dict(buyerId=["5790000436057"]),
        note="EN 16931 example 4 (CII D16B) embedded as factur-x.xml; visible pages = Mustang's French "
             "rendering. Buyer has only a GLN (not a legal id). Delivery 2013-04-15 is not the due date."),
}


def main(path):
    invoices = {}
    for name in sorted(REAL):
        e = REAL[name]
        invoices[name] = dict(origin=e["origin"], category=e["category"], language=e["language"],
                              country=e["country"], fields=e["fields"], alsoAccept=e.get("accept", {}),
                              optional={k: v for k, v in e.get("optional", {}).items() if v},
                              note=e["note"])
    for d in heldout_docs.DOCS:
        invoices[d["file"]] = dict(origin="synthetic", category=d["category"], language=d["language"],
                                   country=d["country"], fields=d["fields"], alsoAccept=d["accept"],
                                   optional=d["optional"], note=d["note"])
    invoices["ma-facture-arabe-chiffres-orientaux.pdf"]["alsoAccept"]["invoiceNumber"] = ["٢٠٢٥/١١٨"]
    data = {
        "description": "HELD-OUT ground truth of the Bordereau extraction corpus (issue 4): files assembled "
                       "after the development set (../corpus) and never used to write or tune the extractor. "
                       "See LICENCES.md for origin and licence of each file.",
        "conventions": "Same as ../corpus/expected.json.",
        "invoices": dict(sorted(invoices.items())),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(invoices), "entries written to", path)


if __name__ == "__main__":
    main(sys.argv[1])
