<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<@l.document title="Settlement agreement — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" text-align="center" space-after="1mm">SETTLEMENT AGREEMENT</fo:block>
<fo:block font-size="11pt" text-align="center" space-after="6mm">Acknowledgment of debt and payment schedule</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Reference: ${verification.reference} · Document no. ${verification.documentId} · drawn up on ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p><fo:inline font-weight="bold">Between</fo:inline> <@l.partyName creditor/>, <@l.ids creditor/><#if creditor.address??>, ${creditor.address}</#if>, hereinafter “the Creditor”,</@l.p>
<@l.p><fo:inline font-weight="bold">and</fo:inline> <@l.partyName debtor/>, <@l.ids debtor/><#if debtor.address??>, ${debtor.address}</#if>, represented by <#if decisionMaker??>${decisionMaker.name}<#if decisionMaker.role??>, ${decisionMaker.role}</#if><#else>its legal representative</#if>, hereinafter “the Debtor”.</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm">Article 1 — Acknowledgment of debt</fo:block>
<@l.p>The Debtor acknowledges owing the Creditor, as at ${asOf}, the sum of <fo:inline font-weight="bold">${totals.totalDue}</fo:inline> (${totalDueWords}), in respect of the following invoices, after deduction of payments received:</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>This acknowledgment interrupts the limitation period of the claim (<#if jurisdiction == "FR">article 2240 of the French Civil Code<#else>article 382 of the Moroccan Code of Obligations and Contracts</#if>).</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 2 — Payment schedule</fo:block>
<@l.p>The Debtor undertakes to pay the sum of <fo:inline font-weight="bold">${plan.total}</fo:inline> (${plan.totalWords}) in accordance with the following schedule, each instalment to be received by the Creditor no later than its due date:</@l.p>
<fo:table table-layout="fixed" width="70%" space-after="3mm" keep-together.within-page="always">
  <fo:table-column column-width="20%"/><fo:table-column column-width="45%"/><fo:table-column column-width="35%"/>
  <fo:table-header><fo:table-row><@layout.th>Instalment</@layout.th><@layout.th>Date</@layout.th><@layout.th align="end">Amount (${currency})</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body><#list plan.instalments as i><fo:table-row><@layout.td>${i.number}</@layout.td><@layout.td>${i.dueDate}</@layout.td><@layout.td align="end">${i.amount}</@layout.td></fo:table-row></#list></fo:table-body>
</fo:table>
<#-- The clause as recorded on the plan (PLAN_AGREED accelerationGraceDays), which the follow-up enforces. -->
<#if plan.graceDays??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 3 — Acceleration</fo:block>
<@l.p>If any instalment is not paid in full <#if plan.graceDays == 0>on its due date<#else>within ${plan.graceDays} days after its due date</#if>, all sums remaining due under this schedule shall become immediately payable as of right, without any formal notice being required, and the Creditor may pursue their recovery by any legal means.</@l.p>
<#else>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 3 — Unpaid instalment</fo:block>
<@l.p>This schedule has no acceleration clause: an unpaid instalment remains due, and the Creditor may pursue its recovery by any legal means.</@l.p>
</#if>
<#assign article = 4>
<#if plan.security??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — Security</fo:block>
<@l.p>As security for payment of the sums due, the Debtor grants the following security: ${plan.security}.</@l.p>
<#assign article++>
</#if>
<#if plan.waived??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — Conditional waiver</fo:block>
<@l.p>Provided that all instalments are paid on their due dates, the Creditor waives the balance of its claim, namely ${plan.waived}. If the instalments are accelerated, this waiver lapses and the claim is due in full, less payments received.</@l.p>
<#assign article++>
</#if>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — General provisions</fo:block>
<@l.p>This agreement does not novate the claim. It is governed by <#if jurisdiction == "FR">French<#else>Moroccan</#if> law. It is made in two originals, or signed electronically by each party.</@l.p>
</fo:block>
<@l.bothSignatures creditorTitle="For the Creditor" debtorTitle="For the Debtor"/>
</@l.document>
