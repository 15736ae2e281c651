"""Writes the CII (Factur-X EN 16931) XML of the two French Factur-X invoices of docs.py."""
import os, sys
from xml.sax.saxutils import escape as e
import docs

def party(tag, p):
    name, legal, vat, line, pc, city = p
    legal_xml = f"<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">{legal}</ram:ID></ram:SpecifiedLegalOrganization>" if legal else ""
    return (f"<ram:{tag}><ram:Name>{e(name)}</ram:Name>{legal_xml}"
            f"<ram:PostalTradeAddress><ram:PostcodeCode>{pc}</ram:PostcodeCode><ram:LineOne>{e(line)}</ram:LineOne>"
            f"<ram:CityName>{e(city)}</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"
            f"<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">{vat}</ram:ID></ram:SpecifiedTaxRegistration></ram:{tag}>")

def xml(fx):
    lines = ""
    for i, (name, qty, price, total) in enumerate(fx["lines"], 1):
        lines += (f"<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>{i}</ram:LineID></ram:AssociatedDocumentLineDocument>"
                  f"<ram:SpecifiedTradeProduct><ram:Name>{e(name)}</ram:Name></ram:SpecifiedTradeProduct>"
                  f"<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>{price}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
                  f"<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"C62\">{qty}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
                  f"<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
                  f"<ram:RateApplicablePercent>{fx['rate']}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
                  f"<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{total}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
                  f"</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>{fx['id']}</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">{fx['issue']}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>{lines}
<ram:ApplicableHeaderTradeAgreement>{party('SellerTradeParty', fx['seller'])}{party('BuyerTradeParty', fx['buyer'])}</ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>1</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>
<ram:ApplicableTradeTax><ram:CalculatedAmount>{fx['tva']}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{fx['ht']}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{fx['rate']}</ram:RateApplicablePercent></ram:ApplicableTradeTax>
<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">{fx['due_real']}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>{fx['ht']}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>{fx['ht']}</ram:TaxBasisTotalAmount>
<ram:TaxTotalAmount currencyID="EUR">{fx['tva']}</ram:TaxTotalAmount><ram:GrandTotalAmount>{fx['ttc']}</ram:GrandTotalAmount><ram:TotalPrepaidAmount>{fx['prepaid']}</ram:TotalPrepaidAmount><ram:DuePayableAmount>{fx['due_amt']}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>
"""

out = sys.argv[1]
for fx in docs.FX:
    p = os.path.join(out, os.path.splitext(fx["file"])[0] + ".xml")
    open(p, "w", encoding="utf-8").write(xml(fx))
    print(p)
