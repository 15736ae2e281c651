<#ftl output_format="XML">
<#-- The statement of account's tables (invoices, totals, interest periods, payments, prescription, basis,
     reservations), printed by statement.ftl and by the dossier (dossier.ftl) from the same data-model names. -->
<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#macro body>
<fo:table table-layout="fixed" width="100%" space-after="2mm">
  <@layout.invoiceLineColumns/>
  <fo:table-header><fo:table-row>
    <@layout.invoiceLineTh>الفاتورة</@layout.invoiceLineTh><@layout.invoiceLineTh>تاريخها</@layout.invoiceLineTh><@layout.invoiceLineTh>الاستحقاق</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">الأصل</@layout.invoiceLineTh>
    <@layout.invoiceLineTh align="end">المؤدى</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">الأصل المتبقي</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">أيام التأخير</@layout.invoiceLineTh>
    <@layout.invoiceLineTh align="end"><#if jurisdiction == "FR">غرامات التأخير<#else>تعويض التأخير</#if></@layout.invoiceLineTh><@layout.invoiceLineTh align="end">التعويضات الجزافية</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">الرصيد</@layout.invoiceLineTh>
  </fo:table-row></fo:table-header>
  <fo:table-body>
  <#list lines as line><#assign i = line.invoice>
    <fo:table-row keep-together.within-page="always">
      <@layout.invoiceLineTd><@l.x i.number/></@layout.invoiceLineTd><@layout.invoiceLineTd>${i.issueDate}</@layout.invoiceLineTd><@layout.invoiceLineTd>${i.dueDate}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end">${i.principal}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.paid}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.outstanding}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end">${i.daysLate}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.interest}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.indemnities}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end" bold=true>${i.balance}</@layout.invoiceLineTd>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
<#if paymentsToInterest><fo:block font-size="8pt" space-after="2mm">تخصم الأداءات الجزئية أولا من الغرامات المستحقة ثم من أصل الدين (المادة 1343-1 من القانون المدني الفرنسي).</fo:block></#if>
<@l.totalsTable/>
<fo:block font-weight="bold" space-before="2mm" space-after="1mm" keep-with-next.within-page="always">احتساب فوائد التأخير، فترة بفترة</fo:block>
<fo:table table-layout="fixed" width="100%" space-after="4mm" font-size="7.5pt">
  <fo:table-column column-width="18%"/><fo:table-column column-width="14%"/><fo:table-column column-width="14%"/><fo:table-column column-width="10%"/>
  <fo:table-column column-width="16%"/><fo:table-column column-width="12%"/><fo:table-column column-width="16%"/>
  <fo:table-header><fo:table-row><@layout.th>الفاتورة</@layout.th><@layout.th>من</@layout.th><@layout.th>إلى</@layout.th><@layout.th align="end">الأيام</@layout.th><@layout.th align="end">الأساس</@layout.th><@layout.th align="end">السعر السنوي</@layout.th><@layout.th align="end">المبلغ</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#assign anyPeriod = false>
  <#list lines as line><#list line.periods as p><#assign anyPeriod = true>
    <fo:table-row><@layout.td><@l.x line.invoice.number/></@layout.td><@layout.td>${p.from}</@layout.td><@layout.td>${p.to}</@layout.td><@layout.td align="end">${p.days}</@layout.td><@layout.td align="end">${p.base}</@layout.td><@layout.td align="end">${p.rate}</@layout.td><@layout.td align="end">${p.interest}</@layout.td></fo:table-row>
  </#list></#list>
  <#if !anyPeriod><fo:table-row><fo:table-cell number-columns-spanned="7" padding="2pt 3pt"><fo:block>لا توجد فوائد تأخير في هذا التاريخ.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
<fo:block space-after="1mm">فوائد بسيطة، بعدد الأيام الفعلي على أساس سنة من 365 يوما؛ وتقرب كل فترة إلى السنتيم.</fo:block>
<@l.paymentsTable/>
<fo:block font-weight="bold" space-before="2mm" space-after="1mm" keep-with-next.within-page="always">التقادم</fo:block>
<#list lines as line><fo:block font-size="8.5pt"><@l.x line.invoice.number/>: يجب رفع الدعوى في أجل أقصاه ${line.prescriptionDate}</fo:block></#list>
<#if treasuryFine??>
<fo:block space-before="3mm" font-size="8.5pt">للإعلام، غير مطالب به: الغرامة لفائدة الخزينة التي قد يتعرض لها المدين (القانون رقم 69.21)، وتقدر بـ ${treasuryFine}.</fo:block>
</#if>
<fo:block font-weight="bold" space-before="3mm" space-after="1mm" keep-with-next.within-page="always">الأسس القانونية (كما وردت في قواعد الاحتساب)</fo:block>
<#list basis as b><fo:block font-size="7.5pt" space-after="1mm"><@l.x b.rule + " — " + b.source/></fo:block></#list>
<#if warnings?has_content>
<fo:block font-weight="bold" space-before="3mm" space-after="1mm" keep-with-next.within-page="always">تحفظات محرك الاحتساب</fo:block>
<#list warnings as w><fo:block font-size="7.5pt" space-after="1mm">• <@l.x w/></fo:block></#list>
</#if>
</#macro>
