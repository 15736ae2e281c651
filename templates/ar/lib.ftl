<#ftl output_format="XML">
<#-- Shared parts of Arabic documents: letterhead, parties, tables, verification footer, signatures.
     Pages run right to left (writing-mode rl-tb, font Amiri, which also has Latin letters and digits).
     Latin names, references and identifiers go through the x macro: a left-to-right embedding keeps
     "F-2025-017" or "Souss Négoce S.A." in their order inside Arabic sentences. -->
<#import "../common/layout.ftl" as layout>

<#assign devSealText = "ختم تجريبي — وثيقة اختبار موقعة بمفتاح تجريبي، لا قيمة قانونية لها">

<#-- Text in Latin script, kept left to right; Arabic text is printed as is. -->
<#macro x text><#if text?matches(".*[\\u0600-\\u06FF].*", "s")>${text}<#else><fo:bidi-override unicode-bidi="embed" direction="ltr">${text}</fo:bidi-override></#if></#macro>

<#macro cur><#if currency == "MAD">درهم<#elseif currency == "EUR">يورو<#else><@x currency/></#if></#macro>

<#macro footer>
مرجع الملف <@x verification.reference/> · وثيقة رقم <@x verification.documentId/> · حالة الملف عند الإصدار (رأس سلسلة الأحداث، SHA-256):<fo:block><fo:bidi-override unicode-bidi="embed" direction="ltr"><@layout.hash verification.chainHead/></fo:bidi-override></fo:block>
التحقق: يمكن التحقق من التوقيع الإلكتروني لهذا الملف ومن بصمته SHA-256 المسجلة عند إصداره، بإرسال الملف إلى خدمة التحقق (<@x "POST /v1/verify"/>)؛ ولا تطبع البصمة هنا لأن بصمة ملف لا يمكن أن ترد داخل الملف نفسه.
</#macro>

<#macro document title>
<#local foot><@footer/></#local>
<@layout.document lang="ar" title=title font="Amiri" rtl=true footer=foot devSeal=verification.developmentSeal?then(devSealText, "") pageLabel="صفحة" pageOf="من">
<#nested>
</@layout.document>
</#macro>

<#macro ids p><#local first = true>
<#if p.ice??>التعريف الموحد للمقاولة <@x p.ice/><#local first = false></#if>
<#if p.rc??><#if !first> · </#if>السجل التجاري <@x p.rc?upper_case?starts_with("RC")?then(p.rc?substring(2)?trim, p.rc)/><#local first = false></#if>
<#if p.taxId??><#if !first> · </#if>التعريف الضريبي <@x p.taxId/><#local first = false></#if>
<#if p.siren??><#if !first> · </#if><@x "SIREN " + p.siren/><#local first = false></#if>
<#if p.siret??><#if !first> · </#if><@x "SIRET " + p.siret/></#if>
</#macro>

<#macro partyName p><@x p.name/><#if p.legalForm?? && !p.name?upper_case?contains(p.legalForm?upper_case)> (<@x p.legalForm/>)</#if></#macro>

<#macro letterhead>
<fo:block font-size="15pt" font-weight="bold" color="#1f3a5f"><@partyName creditor/></fo:block>
<fo:block font-size="8.5pt" color="#444444">
  <#if creditor.address??><@x creditor.address/></#if><fo:block/>
  <@ids creditor/><#if creditor.email??> · <@x creditor.email/></#if><#if creditor.phone??> · <@x creditor.phone/></#if>
</fo:block>
<fo:block border-bottom="0.8pt solid #1f3a5f" space-after="8mm"/>
</#macro>

<#macro recipient>
<fo:block start-indent="95mm" space-after="10mm" keep-together.within-page="always">
  <fo:block font-weight="bold">إلى السادة <@partyName debtor/></fo:block>
  <#if decisionMaker??><fo:block>لعناية <@x decisionMaker.name/><#if decisionMaker.role??>، <@x decisionMaker.role/></#if></fo:block></#if>
  <#if debtor.address??><fo:block><@x debtor.address/></fo:block></#if>
  <fo:block font-size="8.5pt" color="#444444"><@ids debtor/></fo:block>
</fo:block>
</#macro>

<#macro letter title subject>
<@document title=title>
<@letterhead/>
<@recipient/>
<fo:block text-align="end" space-after="6mm">بتاريخ ${issueDate}</fo:block>
<fo:block font-size="9pt">مرجعنا: <@x verification.reference/> · رسالة رقم <@x verification.documentId/></fo:block>
<fo:block font-weight="bold" space-before="3mm" space-after="5mm">الموضوع: ${subject}</fo:block>
<fo:block text-align="justify">
<#nested>
</fo:block>
</@document>
</#macro>

<#macro p><fo:block space-after="3mm"><#nested></fo:block></#macro>

<#macro invoicesTable>
<fo:table table-layout="fixed" width="100%" space-before="1mm" space-after="2mm">
  <fo:table-column column-width="22%"/><fo:table-column column-width="13%"/><fo:table-column column-width="14%"/>
  <fo:table-column column-width="17%"/><fo:table-column column-width="16%"/><fo:table-column column-width="18%"/>
  <fo:table-header><fo:table-row>
    <@layout.th>رقم الفاتورة</@layout.th><@layout.th>تاريخها</@layout.th><@layout.th>تاريخ الاستحقاق</@layout.th>
    <@layout.th align="end">المبلغ شامل الضريبة (<@cur/>)</@layout.th><@layout.th align="end">المؤدى (<@cur/>)</@layout.th><@layout.th align="end">الأصل المتبقي (<@cur/>)</@layout.th>
  </fo:table-row></fo:table-header>
  <fo:table-body>
  <#list invoices as i>
    <fo:table-row keep-together.within-page="always">
      <@layout.td><@x i.number/></@layout.td><@layout.td>${i.issueDate}</@layout.td><@layout.td>${i.dueDate}</@layout.td>
      <@layout.td align="end">${i.principal}</@layout.td>
      <@layout.td align="end">${i.paid}<#if i.paidToInterest??><fo:block font-size="7.5pt" color="#555555">منها ${i.paidToInterest} للغرامات</fo:block></#if></@layout.td>
      <@layout.td align="end">${i.outstanding}</@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
<#if paymentsToInterest><fo:block font-size="8.5pt" space-after="3mm">تخصم الأداءات الجزئية أولا من الغرامات المستحقة ثم من أصل الدين (المادة 1343-1 من القانون المدني الفرنسي).</fo:block></#if>
</#macro>

<#macro paymentsTable>
<#if payments?has_content>
<fo:block keep-with-next.within-page="always" space-before="2mm">الأداءات المتوصل بها، وقد تم خصمها:</fo:block>
<fo:table table-layout="fixed" width="70%" space-after="3mm">
  <fo:table-column column-width="30%"/><fo:table-column column-width="40%"/><fo:table-column column-width="30%"/>
  <fo:table-header><fo:table-row><@layout.th>التاريخ</@layout.th><@layout.th>المرجع</@layout.th><@layout.th align="end">المبلغ (<@cur/>)</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list payments as pay><fo:table-row><@layout.td>${pay.date}</@layout.td><@layout.td><@x pay.reference/></@layout.td><@layout.td align="end">${pay.amount}</@layout.td></fo:table-row></#list>
  </fo:table-body>
</fo:table>
</#if>
</#macro>

<#macro totalRow value bold=false>
<fo:table-row><fo:table-cell padding="1.5pt 3pt"><fo:block<#if bold> font-weight="bold"</#if>><#nested></fo:block></fo:table-cell><fo:table-cell padding="1.5pt 3pt"><fo:block text-align="end"<#if bold> font-weight="bold"</#if>>${value}</fo:block></fo:table-cell></fo:table-row>
</#macro>

<#macro totalsTable>
<fo:table table-layout="fixed" width="100%" space-after="4mm" keep-together.within-page="always">
  <fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
  <fo:table-body>
    <@totalRow value=totals.outstanding>الأصل المتبقي</@totalRow>
    <#if totals.hasInterest><@totalRow value=totals.interest><#if jurisdiction == "FR">غرامات التأخير (المادة <@x "L441-10 II"/> من مدونة التجارة الفرنسية) إلى غاية ${asOf}<#else>تعويض التأخير (المادة 78-1 وما يليها من مدونة التجارة) إلى غاية ${asOf}</#if></@totalRow></#if>
    <#if totals.hasIndemnities><@totalRow value=totals.indemnities>التعويضات الجزافية عن مصاريف التحصيل (المادة <@x "D441-5"/> من مدونة التجارة الفرنسية)</@totalRow></#if>
    <#if totals.credit??><@totalRow value="− " + totals.credit>أداء غير مخصص، يخصم</@totalRow></#if>
    <fo:table-row><fo:table-cell padding="2pt 3pt" border-top="0.8pt solid #000000"><fo:block font-weight="bold">المجموع المستحق في ${asOf}</fo:block></fo:table-cell><fo:table-cell padding="2pt 3pt" border-top="0.8pt solid #000000"><fo:block text-align="end" font-weight="bold">${totals.totalDue}</fo:block></fo:table-cell></fo:table-row>
  </fo:table-body>
</fo:table>
</#macro>

<#macro closing>
<fo:block space-before="2mm" space-after="8mm" keep-with-next.within-page="always">وتفضلوا، سيدتي، سيدي، بقبول فائق عبارات التقدير والاحترام.</fo:block>
<@creditorSignature/>
</#macro>

<#macro creditorSignature>
<fo:block start-indent="95mm" keep-together.within-page="always">
  <fo:block font-weight="bold"><@partyName creditor/></fo:block>
  <fo:block font-size="8.5pt" color="#444444">وثيقة موقعة إلكترونيا (توقيع رقمي مدمج في ملف <@x "PDF"/>)</fo:block>
</fo:block>
</#macro>

<#macro bothSignatures creditorTitle debtorTitle>
<fo:table table-layout="fixed" width="100%" space-before="6mm" keep-together.within-page="always">
  <fo:table-column column-width="50%"/><fo:table-column column-width="50%"/>
  <fo:table-body><fo:table-row>
    <@signatureCell title=creditorTitle party=creditor contact=""/>
    <@signatureCell title=debtorTitle party=debtor contact=decisionMaker!""/>
  </fo:table-row></fo:table-body>
</fo:table>
</#macro>

<#macro signatureCell title party contact>
<fo:table-cell padding="3pt">
  <fo:block font-weight="bold">${title}</fo:block><fo:block><@partyName party/></fo:block>
  <fo:block font-size="8.5pt" space-before="2mm">اسم الموقع وصفته: <#if contact?has_content && contact.name??><@x contact.name/><#if contact.role??>، <@x contact.role/></#if></#if></fo:block>
  <fo:block font-size="8.5pt">التاريخ: ...............................</fo:block>
  <fo:block font-size="8.5pt">التوقيع مسبوقا بعبارة «قرئ وصودق عليه»</fo:block>
  <fo:block-container height="22mm" border="0.4pt solid #999999" space-before="2mm"><fo:block/></fo:block-container>
</fo:table-cell>
</#macro>
