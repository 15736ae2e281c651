<#import "lib.ftl" as l>
<@l.letter title="Mise en demeure — " + verification.reference subject="Mise en demeure de payer — factures impayées">
<@l.p>Madame, Monsieur,</@l.p>
<@l.p>Malgré nos relances, les factures ci-dessous, échues, demeurent impayées. Nous vous mettons en demeure, par la présente, de nous régler la somme de <fo:inline font-weight="bold">${totals.totalDue}</fo:inline>, arrêtée au ${asOf}, qui se décompose comme suit.</@l.p>
<@l.invoicesTable/>
<@l.paymentsTable/>
<@l.totalsTable/>
<fo:block space-after="3mm" padding="3pt 4pt" margin="0pt" border="0.6pt solid #1f3a5f" keep-together.within-page="always">Ce règlement doit nous parvenir au plus tard le <fo:inline font-weight="bold">${deadline}</fo:inline>, soit dans un délai de ${deadlineDays} jours à compter de la date de la présente lettre.</fo:block>
<#if jurisdiction == "FR">
<@l.p>La présente vaut mise en demeure au sens de l'article 1344 du Code civil. En application de l'article L441-10 II du Code de commerce, des pénalités de retard sont exigibles de plein droit, sans qu'un rappel soit nécessaire, dès le jour suivant la date de règlement figurant sur chaque facture, au taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points ; elles continueront de courir jusqu'au complet paiement. S'y ajoute, pour chaque facture payée en retard, l'indemnité forfaitaire pour frais de recouvrement de 40 euros prévue par l'article D441-5 du même code.</@l.p>
<@l.p>À défaut de règlement intégral à cette date, nous saisirons sans autre avis la juridiction compétente, notamment par voie de requête en injonction de payer (articles 1405 et suivants du Code de procédure civile), afin d'obtenir votre condamnation au paiement du principal, des pénalités et indemnités échues jusqu'au complet paiement, ainsi que des frais exposés.</@l.p>
<#else>
<@l.p>La présente vaut mise en demeure au sens de l'article 255 du Dahir formant Code des obligations et contrats (DOC) : passé ce délai, nous nous considérerons libres d'agir sans autre avis. Conformément aux articles 78-1 et suivants du Code de commerce, dans leur rédaction issue de la loi n° 69-21, le retard de paiement ouvre droit au profit du créancier à une indemnité de retard, calculée ci-dessus au taux directeur de Bank Al-Maghrib majoré de 7 points ; elle continuera de courir jusqu'au complet paiement.</@l.p>
<#if treasuryFine><@l.p>Nous vous rappelons en outre que la loi n° 69-21 met à la charge de l'entreprise qui paie ses fournisseurs en retard une amende pécuniaire au profit du Trésor, distincte des sommes réclamées par la présente.</@l.p></#if>
<@l.p>À défaut de règlement intégral à cette date, nous saisirons la juridiction compétente, notamment par voie d'injonction de payer devant le président du tribunal de commerce (articles 155 et suivants du Code de procédure civile), afin d'obtenir votre condamnation au paiement du principal, de l'indemnité de retard jusqu'au complet paiement et des frais exposés.</@l.p>
</#if>
<@l.p>Si vous contestez tout ou partie de ces sommes, nous vous demandons de nous faire connaître par écrit, avant le ${deadline}, les motifs précis de votre contestation, pièces justificatives à l'appui. Sans réponse écrite de votre part, nous considérerons que ces sommes ne sont pas contestées.</@l.p>
<@l.closing/>
</@l.letter>
