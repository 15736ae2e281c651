<#ftl output_format="XML">
<#-- The statement of account's tables (invoices, totals, interest periods, payments, prescription, basis,
     reservations), printed by statement.ftl and by the dossier (dossier.ftl) from the same data-model names. -->
<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#macro body>
<fo:table table-layout="fixed" width="100%" space-after="2mm">
  <@layout.invoiceLineColumns/>
  <fo:table-header><fo:table-row>
    <@layout.invoiceLineTh>Facture</@layout.invoiceLineTh><@layout.invoiceLineTh>Date</@layout.invoiceLineTh><@layout.invoiceLineTh>Échéance</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">Principal</@layout.invoiceLineTh>
    <@layout.invoiceLineTh align="end">Réglé</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">Principal restant</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">Jours de retard</@layout.invoiceLineTh>
    <@layout.invoiceLineTh align="end"><#if jurisdiction == "FR">Pénalités<#else>Indemnité de retard</#if></@layout.invoiceLineTh><@layout.invoiceLineTh align="end">Indemnités forfaitaires</@layout.invoiceLineTh><@layout.invoiceLineTh align="end">Solde</@layout.invoiceLineTh>
  </fo:table-row></fo:table-header>
  <fo:table-body>
  <#list lines as line><#assign i = line.invoice>
    <fo:table-row keep-together.within-page="always">
      <@layout.invoiceLineTd>${i.number}</@layout.invoiceLineTd><@layout.invoiceLineTd>${i.issueDate}</@layout.invoiceLineTd><@layout.invoiceLineTd>${i.dueDate}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end">${i.principal}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.paid}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.outstanding}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end">${i.daysLate}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.interest}</@layout.invoiceLineTd><@layout.invoiceLineTd align="end">${i.indemnities}</@layout.invoiceLineTd>
      <@layout.invoiceLineTd align="end" bold=true>${i.balance}</@layout.invoiceLineTd>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
<#if paymentsToInterest><fo:block font-size="8pt" space-after="2mm">Les règlements partiels s'imputent d'abord sur les pénalités échues, puis sur le principal (article 1343-1 du Code civil).</fo:block></#if>
<@l.totalsTable/>
<fo:block font-weight="bold" space-before="2mm" space-after="1mm" keep-with-next.within-page="always">Calcul des intérêts de retard, période par période</fo:block>
<fo:table table-layout="fixed" width="100%" space-after="4mm" font-size="7.5pt">
  <fo:table-column column-width="18%"/><fo:table-column column-width="14%"/><fo:table-column column-width="14%"/><fo:table-column column-width="10%"/>
  <fo:table-column column-width="16%"/><fo:table-column column-width="12%"/><fo:table-column column-width="16%"/>
  <fo:table-header><fo:table-row><@layout.th>Facture</@layout.th><@layout.th>Du</@layout.th><@layout.th>Au</@layout.th><@layout.th align="end">Jours</@layout.th><@layout.th align="end">Base</@layout.th><@layout.th align="end">Taux annuel</@layout.th><@layout.th align="end">Montant</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#assign anyPeriod = false>
  <#list lines as line><#list line.periods as p><#assign anyPeriod = true>
    <fo:table-row><@layout.td>${line.invoice.number}</@layout.td><@layout.td>${p.from}</@layout.td><@layout.td>${p.to}</@layout.td><@layout.td align="end">${p.days}</@layout.td><@layout.td align="end">${p.base}</@layout.td><@layout.td align="end">${p.rate}</@layout.td><@layout.td align="end">${p.interest}</@layout.td></fo:table-row>
  </#list></#list>
  <#if !anyPeriod><fo:table-row><fo:table-cell number-columns-spanned="7" padding="2pt 3pt"><fo:block>Aucun intérêt de retard à cette date.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
<fo:block space-after="1mm">Intérêts simples, jours exacts sur une base de 365 jours ; chaque période est arrondie au centime.</fo:block>
<@l.paymentsTable/>
<fo:block font-weight="bold" space-before="2mm" space-after="1mm" keep-with-next.within-page="always">Prescription</fo:block>
<#list lines as line><fo:block font-size="8.5pt">${line.invoice.number} : action à engager au plus tard le ${line.prescriptionDate}</fo:block></#list>
<#if treasuryFine??>
<fo:block space-before="3mm" font-size="8.5pt">Pour information, non réclamé : amende au profit du Trésor à laquelle le débiteur peut être exposé (loi n° 69-21), estimée à ${treasuryFine}.</fo:block>
</#if>
<fo:block font-weight="bold" space-before="3mm" space-after="1mm" keep-with-next.within-page="always">Fondements</fo:block>
<#list basis as b><fo:block font-size="7.5pt" space-after="1mm">${b.rule} — ${b.source}</fo:block></#list>
<#if warnings?has_content>
<fo:block font-weight="bold" space-before="3mm" space-after="1mm" keep-with-next.within-page="always">Réserves du moteur de calcul</fo:block>
<#list warnings as w><fo:block font-size="7.5pt" space-after="1mm">• ${w}</fo:block></#list>
</#if>
</#macro>
