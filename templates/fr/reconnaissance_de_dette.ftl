<#import "lib.ftl" as l>
<@l.document title="Reconnaissance de dette — " + verification.reference>
<@l.letterhead/>
<fo:block font-size="14pt" font-weight="bold" text-align="center" space-after="6mm">RECONNAISSANCE DE DETTE</fo:block>
<fo:block font-size="8.5pt" space-after="4mm">Référence : ${verification.reference} · Document n° ${verification.documentId} · établi le ${issueDate}</fo:block>
<fo:block text-align="justify">
<@l.p>Je soussigné(e), <#if decisionMaker??>${decisionMaker.name}</#if> ......................................................, agissant en qualité de <#if decisionMaker?? && decisionMaker.role??>${decisionMaker.role}</#if> ...................................... et pour le compte de <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline>, <@l.ids debtor/><#if debtor.address??>, ${debtor.address}</#if> (ci-après « le Débiteur »),</@l.p>
<@l.p>reconnais que le Débiteur doit à <fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline>, <@l.ids creditor/><#if creditor.address??>, ${creditor.address}</#if> (ci-après « le Créancier »), la somme de :</@l.p>
<fo:block text-align="center" font-weight="bold" font-size="12pt" space-before="2mm">${totals.totalDue}</fo:block>
<fo:block text-align="center" space-after="4mm">(${totalDueWords})</fo:block>
<@l.p>arrêtée au ${asOf}, au titre des factures suivantes, déduction faite des règlements reçus :</@l.p>
<@l.invoicesTable/>
<@l.totalsTable/>
<@l.p>Le Débiteur s'engage à payer cette somme au Créancier au plus tard le <fo:inline font-weight="bold">${deadline}</fo:inline>. La présente reconnaissance interrompt la prescription de la créance (<#if jurisdiction == "FR">article 2240 du Code civil<#else>article 382 du Dahir formant Code des obligations et contrats</#if>).</@l.p>
<#if jurisdiction == "FR">
<@l.p>Conformément à l'article 1376 du Code civil, le signataire écrit lui-même ci-dessous la somme due, en toutes lettres et en chiffres (ou au moyen d'un procédé électronique qu'il est seul à pouvoir utiliser, article 1174 du même code) :</@l.p>
<#else>
<@l.p>Le signataire écrit lui-même ci-dessous la somme due, en toutes lettres et en chiffres :</@l.p>
</#if>
<fo:block-container height="16mm" border="0.4pt solid #999999" space-after="4mm"><fo:block font-size="8pt" color="#777777" padding="2pt">« Bon pour reconnaissance de dette de la somme de ... »</fo:block></fo:block-container>
<@l.p>Fait à ......................................, le ......................................</@l.p>
</fo:block>
<fo:block start-indent="95mm" keep-together.within-page="always" space-before="4mm">
  <fo:block font-weight="bold">Pour le Débiteur</fo:block>
  <fo:block>Signature</fo:block>
  <fo:block-container height="22mm" border="0.4pt solid #999999" space-before="2mm"><fo:block/></fo:block-container>
</fo:block>
</@l.document>
