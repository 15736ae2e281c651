<#import "lib.ftl" as l>
<@l.document title="اعتراف بدين — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="15pt" font-weight="bold" text-align="center" space-after="6mm">اعتراف بدين</fo:block>
<fo:block font-size="9pt" space-after="4mm">المرجع: <@l.x verification.reference/> · وثيقة رقم <@l.x verification.documentId/> · حررت بتاريخ ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p>أنا الموقع(ة) أسفله، <#if decisionMaker??><@l.x decisionMaker.name/></#if> ......................................................، بصفتي <#if decisionMaker?? && decisionMaker.role??><@l.x decisionMaker.role/></#if> ......................................، والعامل(ة) لحساب <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline>، <@l.ids debtor/><#if debtor.address??>، <@l.x debtor.address/></#if> (ويشار إليها فيما يلي بـ«المدين»)،</@l.p>
<@l.p>أقر بأن المدين مدين لـ<fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline>، <@l.ids creditor/><#if creditor.address??>، <@l.x creditor.address/></#if> (ويشار إليه فيما يلي بـ«الدائن»)، بمبلغ:</@l.p>
<fo:block text-align="center" font-weight="bold" font-size="13pt" space-before="2mm">${totals.totalDue}</fo:block>
<fo:block text-align="center" space-after="4mm">(${totalDueWords})</fo:block>
<@l.p>محصور في ${asOf}، برسم الفواتير التالية، بعد خصم الأداءات المتوصل بها:</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>ويلتزم المدين بأداء هذا المبلغ للدائن في أجل أقصاه <fo:inline font-weight="bold">${deadline}</fo:inline>. ويقطع هذا الاعتراف تقادم الدين (<#if jurisdiction == "FR">المادة 2240 من القانون المدني الفرنسي<#else>الفصل 382 من ظهير الالتزامات والعقود</#if>).</@l.p>
<#if jurisdiction == "FR">
<@l.p>وطبقا للمادة 1376 من القانون المدني الفرنسي، يكتب الموقع بنفسه أسفله المبلغ المستحق بالحروف والأرقام (أو بواسطة وسيلة إلكترونية لا يستعملها سواه، المادة 1174 من نفس القانون):</@l.p>
<#else>
<@l.p>يكتب الموقع بنفسه أسفله المبلغ المستحق بالحروف والأرقام:</@l.p>
</#if>
<fo:block-container height="16mm" border="0.4pt solid #999999" space-after="4mm"><fo:block font-size="8.5pt" color="#777777" padding="2pt">«صالح للاعتراف بدين قدره ...»</fo:block></fo:block-container>
<@l.p>حرر بـ ......................................، بتاريخ ......................................</@l.p>
</fo:block>
<fo:block start-indent="95mm" keep-together.within-page="always" space-before="4mm">
  <fo:block font-weight="bold">عن المدين</fo:block>
  <fo:block>التوقيع</fo:block>
  <fo:block-container height="22mm" border="0.4pt solid #999999" space-before="2mm"><fo:block/></fo:block-container>
</fo:block>
</@l.document>
