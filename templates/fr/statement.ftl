<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#import "statement_body.ftl" as sb>
<@l.document title="Relevé de compte — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" space-after="1mm">Relevé de compte au ${asOf}</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Dossier ${verification.reference} · Document n° ${verification.documentId} · établi le ${issueDate} · montants en ${currency}</fo:block>
<fo:block space-after="4mm">Débiteur : <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>, ${debtor.address}</#if> · <@l.ids debtor/></fo:block>
<@sb.body/>
</@l.document>
