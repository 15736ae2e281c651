<#ftl output_format="XML">
<#-- Shared parts of English documents: letterhead, parties, tables, verification footer, signatures. -->
<#import "../common/layout.ftl" as layout>

<#assign devSealText = "DEVELOPMENT SEAL — test document signed with a test key, of no legal value">

<#macro footer>
Case ref. ${verification.reference} · Document no. ${verification.documentId} · State of the case file at issue (head of the event chain, SHA-256):<fo:block><@layout.hash verification.chainHead/></fo:block>
Verification: the electronic signature of this PDF and its SHA-256 fingerprint, recorded at issue, can be checked by submitting the file to the verification service (POST /v1/verify); a file's fingerprint cannot appear inside the file itself, so it is not printed here.
</#macro>

<#macro document title>
<#local foot><@footer/></#local>
<@layout.document lang="en" title=title font="Noto Serif" rtl=false footer=foot devSeal=verification.developmentSeal?then(devSealText, "") pageLabel="Page">
<#nested>
</@layout.document>
</#macro>

<#-- Identifiers of a company, those it has. -->
<#macro ids p><#local parts = []><#if p.ice??><#local parts += ["ICE " + p.ice]></#if><#if p.rc??><#local parts += [p.rc?upper_case?starts_with("RC")?then(p.rc, "RC " + p.rc)]></#if><#if p.taxId??><#local parts += ["Tax ID (IF) " + p.taxId]></#if><#if p.siren??><#local parts += ["SIREN " + p.siren]></#if><#if p.siret??><#local parts += ["SIRET " + p.siret]></#if>${parts?join(" · ")}</#macro>

<#macro partyName p>${p.name}<#if p.legalForm?? && !p.name?upper_case?contains(p.legalForm?upper_case)> (${p.legalForm})</#if></#macro>

<#macro letterhead>
<fo:block font-size="15pt" font-weight="bold" color="#1f3a5f"><@partyName creditor/></fo:block>
<fo:block font-size="8pt" color="#444444">
  <#if creditor.address??>${creditor.address}</#if><fo:block/>
  <@ids creditor/><#if creditor.email??> · ${creditor.email}</#if><#if creditor.phone??> · ${creditor.phone}</#if>
</fo:block>
<fo:block border-bottom="0.8pt solid #1f3a5f" space-after="8mm"/>
</#macro>

<#-- The addressee, placed for a window envelope. -->
<#macro recipient>
<fo:block start-indent="95mm" space-after="10mm" keep-together.within-page="always">
  <fo:block font-weight="bold"><@partyName debtor/></fo:block>
  <#if decisionMaker??><fo:block>For the attention of ${decisionMaker.name}<#if decisionMaker.role??>, ${decisionMaker.role}</#if></fo:block></#if>
  <#if debtor.address??><fo:block>${debtor.address}</fo:block></#if>
  <fo:block font-size="8pt" color="#444444"><@ids debtor/></fo:block>
</fo:block>
</#macro>

<#macro letter title subject>
<@document title=title>
<@letterhead/>
<@recipient/>
<fo:block text-align="end" space-after="6mm">${issueDate}</fo:block>
<fo:block font-size="8.5pt">Our reference: ${verification.reference} · Letter no. ${verification.documentId}</fo:block>
<fo:block font-weight="bold" space-before="3mm" space-after="5mm">Subject: ${subject}</fo:block>
<fo:block text-align="justify">
<#nested>
</fo:block>
</@document>
</#macro>

<#macro p><fo:block space-after="3mm"><#nested></fo:block></#macro>

<#macro invoicesTable>
<fo:table table-layout="fixed" width="100%" space-before="1mm" space-after="2mm">
  <fo:table-column column-width="22%"/><fo:table-column column-width="13%"/><fo:table-column column-width="13%"/>
  <fo:table-column column-width="17%"/><fo:table-column column-width="17%"/><fo:table-column column-width="18%"/>
  <fo:table-header><fo:table-row>
    <@layout.th>Invoice no.</@layout.th><@layout.th>Date</@layout.th><@layout.th>Due date</@layout.th>
    <@layout.th align="end">Amount incl. tax (${currency})</@layout.th><@layout.th align="end">Paid (${currency})</@layout.th><@layout.th align="end">Principal outstanding (${currency})</@layout.th>
  </fo:table-row></fo:table-header>
  <fo:table-body>
  <#list invoices as i>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${i.number}</@layout.td><@layout.td>${i.issueDate}</@layout.td><@layout.td>${i.dueDate}</@layout.td>
      <@layout.td align="end">${i.principal}</@layout.td>
      <@layout.td align="end">${i.paid}<#if i.paidToInterest??><fo:block font-size="7pt" color="#555555">of which ${i.paidToInterest} to penalties</fo:block></#if></@layout.td>
      <@layout.td align="end">${i.outstanding}</@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
<#if paymentsToInterest><fo:block font-size="8pt" space-after="3mm">Part payments are applied first to accrued penalties, then to principal (French Civil Code, art. 1343-1).</fo:block></#if>
</#macro>

<#macro paymentsTable>
<#if payments?has_content>
<fo:block keep-with-next.within-page="always" space-before="2mm">Payments received, already deducted:</fo:block>
<fo:table table-layout="fixed" width="70%" space-after="3mm">
  <fo:table-column column-width="30%"/><fo:table-column column-width="40%"/><fo:table-column column-width="30%"/>
  <fo:table-header><fo:table-row><@layout.th>Date</@layout.th><@layout.th>Reference</@layout.th><@layout.th align="end">Amount (${currency})</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list payments as pay><fo:table-row><@layout.td>${pay.date}</@layout.td><@layout.td>${pay.reference}</@layout.td><@layout.td align="end">${pay.amount}</@layout.td></fo:table-row></#list>
  </fo:table-body>
</fo:table>
</#if>
</#macro>

<#macro totalRow label value bold=false>
<fo:table-row><fo:table-cell padding="1.5pt 3pt"><fo:block<#if bold> font-weight="bold"</#if>>${label}</fo:block></fo:table-cell><fo:table-cell padding="1.5pt 3pt"><fo:block text-align="end"<#if bold> font-weight="bold"</#if>>${value}</fo:block></fo:table-cell></fo:table-row>
</#macro>

<#-- The balance: principal, penalties or indemnity of late payment, fixed indemnities, total. -->
<#macro totalsTable>
<fo:table table-layout="fixed" width="100%" space-after="4mm" keep-together.within-page="always">
  <fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
  <fo:table-body>
    <@totalRow label="Principal outstanding" value=totals.outstanding/>
    <#if totals.hasInterest><@totalRow label=(jurisdiction == "FR")?then("Late-payment penalties (French Commercial Code, art. L441-10 II) to " + asOf, "Late-payment indemnity (Moroccan Commercial Code, art. 78-1 et seq.) to " + asOf) value=totals.interest/></#if>
    <#if totals.hasIndemnities><@totalRow label="Fixed recovery indemnities (French Commercial Code, art. D441-5)" value=totals.indemnities/></#if>
    <#if totals.credit??><@totalRow label="Unallocated payment, deducted" value="− " + totals.credit/></#if>
    <fo:table-row><fo:table-cell padding="2pt 3pt" border-top="0.8pt solid #000000"><fo:block font-weight="bold">Total due at ${asOf}</fo:block></fo:table-cell><fo:table-cell padding="2pt 3pt" border-top="0.8pt solid #000000"><fo:block text-align="end" font-weight="bold">${totals.totalDue}</fo:block></fo:table-cell></fo:table-row>
  </fo:table-body>
</fo:table>
</#macro>

<#macro closing>
<fo:block space-before="2mm" space-after="8mm" keep-with-next.within-page="always">Yours faithfully,</fo:block>
<@creditorSignature/>
</#macro>

<#macro creditorSignature>
<fo:block start-indent="95mm" keep-together.within-page="always">
  <fo:block font-weight="bold"><@partyName creditor/></fo:block>
  <fo:block font-size="8.5pt" color="#444444">Electronically signed document (digital signature embedded in the PDF file)</fo:block>
</fo:block>
</#macro>

<#-- Two signature blocks side by side, for documents both parties sign. -->
<#macro bothSignatures creditorTitle debtorTitle>
<#local signer = "">
<#if decisionMaker??><#local signer = decisionMaker.name><#if decisionMaker.role??><#local signer = signer + ", " + decisionMaker.role></#if></#if>
<fo:table table-layout="fixed" width="100%" space-before="6mm" keep-together.within-page="always">
  <fo:table-column column-width="50%"/><fo:table-column column-width="50%"/>
  <fo:table-body><fo:table-row>
    <@signatureCell title=creditorTitle party=creditor signer=""/>
    <@signatureCell title=debtorTitle party=debtor signer=signer/>
  </fo:table-row></fo:table-body>
</fo:table>
</#macro>

<#macro signatureCell title party signer>
<fo:table-cell padding="3pt">
  <fo:block font-weight="bold">${title}</fo:block><fo:block><@partyName party/></fo:block>
  <fo:block font-size="8.5pt" space-before="2mm">Name and capacity of signatory: ${signer}</fo:block>
  <fo:block font-size="8.5pt">Date: ...............................</fo:block>
  <fo:block font-size="8.5pt">Signature preceded by the words “Read and approved”</fo:block>
  <fo:block-container height="22mm" border="0.4pt solid #999999" space-before="2mm"><fo:block/></fo:block-container>
</fo:table-cell>
</#macro>
