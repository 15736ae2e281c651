<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<@l.document title="بروتوكول اتفاق وجدولة الأداء — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="15pt" font-weight="bold" text-align="center" space-after="1mm">بروتوكول اتفاق</fo:block>
<fo:block font-size="12pt" text-align="center" space-after="6mm">اعتراف بدين وجدولة للأداء</fo:block>
<fo:block font-size="9pt" space-after="4mm">المرجع: <@l.x verification.reference/> · وثيقة رقم <@l.x verification.documentId/> · حررت بتاريخ ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p><fo:inline font-weight="bold">بين:</fo:inline> <@l.partyName creditor/>، <@l.ids creditor/><#if creditor.address??>، <@l.x creditor.address/></#if>، ويشار إليه فيما يلي بـ«الدائن»،</@l.p>
<@l.p><fo:inline font-weight="bold">و:</fo:inline> <@l.partyName debtor/>، <@l.ids debtor/><#if debtor.address??>، <@l.x debtor.address/></#if>، ممثلة من طرف <#if decisionMaker??><@l.x decisionMaker.name/><#if decisionMaker.role??>، <@l.x decisionMaker.role/></#if><#else>ممثلها القانوني</#if>، ويشار إليها فيما يلي بـ«المدين».</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm">المادة 1 — الاعتراف بالدين</fo:block>
<@l.p>يعترف المدين بأنه مدين للدائن، إلى غاية ${asOf}، بمبلغ <fo:inline font-weight="bold">${totals.totalDue}</fo:inline> (${totalDueWords})، برسم الفواتير التالية، بعد خصم الأداءات المتوصل بها:</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>يقطع هذا الاعتراف تقادم الدين (<#if jurisdiction == "FR">المادة 2240 من القانون المدني الفرنسي<#else>الفصل 382 من ظهير الالتزامات والعقود</#if>).</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة 2 — جدول الأداء</fo:block>
<@l.p>يلتزم المدين بأداء مبلغ <fo:inline font-weight="bold">${plan.total}</fo:inline> (${plan.totalWords}) وفق الجدول التالي، على أن يتوصل الدائن بكل قسط في أجل أقصاه تاريخ استحقاقه:</@l.p>
<fo:table table-layout="fixed" width="70%" space-after="3mm" keep-together.within-page="always">
  <fo:table-column column-width="20%"/><fo:table-column column-width="45%"/><fo:table-column column-width="35%"/>
  <fo:table-header><fo:table-row><@layout.th>القسط</@layout.th><@layout.th>التاريخ</@layout.th><@layout.th align="end">المبلغ (<@l.cur/>)</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body><#list plan.instalments as i><fo:table-row><@layout.td>${i.number}</@layout.td><@layout.td>${i.dueDate}</@layout.td><@layout.td align="end">${i.amount}</@layout.td></fo:table-row></#list></fo:table-body>
</fo:table>
<#-- The clause as recorded on the plan (PLAN_AGREED accelerationGraceDays), which the follow-up enforces. -->
<#if plan.graceDays??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة 3 — سقوط الأجل</fo:block>
<@l.p>في حالة عدم الأداء الكامل لأي قسط <#if plan.graceDays == 0>في تاريخه<#else>داخل أجل ${plan.graceDays} يوما من تاريخه</#if>، تصبح جميع المبالغ المتبقية بموجب هذا الجدول حالّة الأداء فورا وبقوة القانون، دون حاجة إلى توجيه إنذار، ويحق للدائن متابعة استخلاصها بجميع الطرق القانونية.</@l.p>
<#else>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة 3 — القسط غير المؤدى</fo:block>
<@l.p>لا يتضمن هذا الجدول شرط سقوط الأجل: يبقى القسط غير المؤدى مستحقا، ويحق للدائن متابعة استخلاصه بجميع الطرق القانونية.</@l.p>
</#if>
<#assign article = 4>
<#if plan.security??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة ${article} — الضمان</fo:block>
<@l.p>ضمانا لأداء المبالغ المستحقة، يقدم المدين الضمان التالي: <@l.x plan.security/>.</@l.p>
<#assign article++>
</#if>
<#if plan.waived??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة ${article} — إبراء مشروط</fo:block>
<@l.p>شريطة أداء جميع الأقساط في تواريخها، يتنازل الدائن عن باقي دينه، أي ${plan.waived}. وفي حالة سقوط الأجل، يصبح هذا التنازل لاغيا ويستحق الدين بكامله، بعد خصم الأداءات المتوصل بها.</@l.p>
<#assign article++>
</#if>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">المادة ${article} — مقتضيات عامة</fo:block>
<@l.p>لا يترتب عن هذا الاتفاق تجديد للدين. ويخضع <#if jurisdiction == "FR">للقانون الفرنسي<#else>للقانون المغربي</#if>. وقد حرر في نظيرين أصليين، أو وقع إلكترونيا من طرف كل من الطرفين.</@l.p>
</fo:block>
<@l.bothSignatures creditorTitle="عن الدائن" debtorTitle="عن المدين"/>
</@l.document>
