<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#import "statement_body.ftl" as sb>
<@l.document title="Statement of account — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" space-after="1mm">Statement of account as at ${asOf}</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Case ${verification.reference} · Document no. ${verification.documentId} · drawn up on ${issueDate} · amounts in ${currency}</fo:block>
<fo:block space-after="4mm">Debtor: <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>, ${debtor.address}</#if> · <@l.ids debtor/></fo:block>
<@sb.body/>
</@l.document>
