<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<@l.document title="Protocole d'échéancier — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" text-align="center" space-after="1mm">PROTOCOLE D'ACCORD</fo:block>
<fo:block font-size="11pt" text-align="center" space-after="6mm">Reconnaissance de dette et échéancier de paiement</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Référence : ${verification.reference} · Document n° ${verification.documentId} · établi le ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p><fo:inline font-weight="bold">Entre</fo:inline> <@l.partyName creditor/>, <@l.ids creditor/><#if creditor.address??>, ${creditor.address}</#if>, ci-après « le Créancier »,</@l.p>
<@l.p><fo:inline font-weight="bold">et</fo:inline> <@l.partyName debtor/>, <@l.ids debtor/><#if debtor.address??>, ${debtor.address}</#if>, représentée par <#if decisionMaker??>${decisionMaker.name}<#if decisionMaker.role??>, ${decisionMaker.role}</#if><#else>son représentant légal</#if>, ci-après « le Débiteur ».</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm">Article 1 — Reconnaissance de dette</fo:block>
<@l.p>Le Débiteur reconnaît devoir au Créancier, au ${asOf}, la somme de <fo:inline font-weight="bold">${totals.totalDue}</fo:inline> (${totalDueWords}), au titre des factures suivantes, déduction faite des règlements reçus :</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>Cette reconnaissance interrompt la prescription de la créance (<#if jurisdiction == "FR">article 2240 du Code civil<#else>article 382 du Dahir formant Code des obligations et contrats</#if>).</@l.p>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 2 — Échéancier</fo:block>
<@l.p>Le Débiteur s'engage à payer la somme de <fo:inline font-weight="bold">${plan.total}</fo:inline> (${plan.totalWords}) selon l'échéancier suivant, chaque échéance devant être reçue par le Créancier au plus tard à sa date :</@l.p>
<fo:table table-layout="fixed" width="70%" space-after="3mm" keep-together.within-page="always">
  <fo:table-column column-width="20%"/><fo:table-column column-width="45%"/><fo:table-column column-width="35%"/>
  <fo:table-header><fo:table-row><@layout.th>Échéance</@layout.th><@layout.th>Date</@layout.th><@layout.th align="end">Montant (${currency})</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body><#list plan.instalments as i><fo:table-row><@layout.td>${i.number}</@layout.td><@layout.td>${i.dueDate}</@layout.td><@layout.td align="end">${i.amount}</@layout.td></fo:table-row></#list></fo:table-body>
</fo:table>
<#-- The clause as recorded on the plan (PLAN_AGREED accelerationGraceDays), which the follow-up enforces. -->
<#if plan.graceDays??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 3 — Déchéance du terme</fo:block>
<@l.p>À défaut de paiement intégral d'une seule échéance <#if plan.graceDays == 0>à sa date<#else>dans les ${plan.graceDays} jours suivant sa date</#if>, la totalité des sommes restant dues au titre du présent échéancier deviendra immédiatement exigible, de plein droit et sans qu'une mise en demeure soit nécessaire, et le Créancier pourra en poursuivre le recouvrement par toute voie de droit.</@l.p>
<#else>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article 3 — Échéance impayée</fo:block>
<@l.p>Le présent échéancier ne comporte pas de clause de déchéance du terme : une échéance impayée reste due, et le Créancier pourra en poursuivre le recouvrement par toute voie de droit.</@l.p>
</#if>
<#assign article = 4>
<#if plan.security??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — Garantie</fo:block>
<@l.p>En garantie du paiement des sommes dues, le Débiteur consent la sûreté suivante : ${plan.security}.</@l.p>
<#assign article++>
</#if>
<#if plan.waived??>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — Remise conditionnelle</fo:block>
<@l.p>Sous réserve du paiement de toutes les échéances à leur date, le Créancier renonce au surplus de sa créance, soit ${plan.waived}. En cas de déchéance du terme, cette renonciation est caduque et la créance est due en totalité, sous déduction des paiements reçus.</@l.p>
<#assign article++>
</#if>
<fo:block font-weight="bold" space-before="3mm" space-after="2mm" keep-with-next.within-page="always">Article ${article} — Dispositions générales</fo:block>
<@l.p>Le présent accord n'emporte pas novation de la créance. Il est régi par le droit <#if jurisdiction == "FR">français<#else>marocain</#if>. Il est établi en deux exemplaires originaux, ou signé électroniquement par chacune des parties.</@l.p>
</fo:block>
<@l.bothSignatures creditorTitle="Pour le Créancier" debtorTitle="Pour le Débiteur"/>
</@l.document>
