<#import "lib.ftl" as l>
<@l.document title="Acknowledgment of debt — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" text-align="center" space-after="6mm">ACKNOWLEDGMENT OF DEBT</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Reference: ${verification.reference} · Document no. ${verification.documentId} · drawn up on ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p>I, the undersigned, <#if decisionMaker??>${decisionMaker.name}</#if> ......................................................, acting as <#if decisionMaker?? && decisionMaker.role??>${decisionMaker.role}</#if> ...................................... for and on behalf of <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline>, <@l.ids debtor/><#if debtor.address??>, ${debtor.address}</#if> (hereinafter “the Debtor”),</@l.p>
<@l.p>acknowledge that the Debtor owes <fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline>, <@l.ids creditor/><#if creditor.address??>, ${creditor.address}</#if> (hereinafter “the Creditor”), the sum of:</@l.p>
<fo:block text-align="center" font-weight="bold" font-size="12pt" space-before="2mm">${totals.totalDue}</fo:block>
<fo:block text-align="center" space-after="4mm">(${totalDueWords})</fo:block>
<@l.p>calculated as at ${asOf}, in respect of the following invoices, after deduction of payments received:</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>The Debtor undertakes to pay this sum to the Creditor no later than <fo:inline font-weight="bold">${deadline}</fo:inline>. This acknowledgment interrupts the limitation period of the claim (<#if jurisdiction == "FR">article 2240 of the French Civil Code<#else>article 382 of the Moroccan Code of Obligations and Contracts</#if>).</@l.p>
<#if jurisdiction == "FR">
<@l.p>In accordance with article 1376 of the French Civil Code, the signatory writes below, in his or her own hand, the sum due in words and in figures (or by an electronic process that only he or she can use, article 1174 of the same Code):</@l.p>
<#else>
<@l.p>The signatory writes below, in his or her own hand, the sum due in words and in figures:</@l.p>
</#if>
<fo:block-container height="16mm" border="0.4pt solid #999999" space-after="4mm"><fo:block font-size="8pt" color="#777777" padding="2pt">“Good for acknowledgment of a debt of the sum of ...”</fo:block></fo:block-container>
<@l.p>Done at ......................................, on ......................................</@l.p>
</fo:block>
<fo:block start-indent="95mm" keep-together.within-page="always" space-before="4mm">
  <fo:block font-weight="bold">For the Debtor</fo:block>
  <fo:block>Signature</fo:block>
  <fo:block-container height="22mm" border="0.4pt solid #999999" space-before="2mm"><fo:block/></fo:block-container>
</fo:block>
</@l.document>
