<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#import "statement_body.ftl" as sb>
<@l.document title="كشف الحساب — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" space-after="1mm">كشف الحساب في ${asOf}</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">الملف <@l.x verification.reference/> · وثيقة رقم <@l.x verification.documentId/> · حرر بتاريخ ${issueDate} · المبالغ بـ<@l.cur/></fo:block>
<fo:block space-after="4mm">المدين: <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>، <@l.x debtor.address/></#if> · <@l.ids debtor/></fo:block>
<@sb.body/>
</@l.document>
