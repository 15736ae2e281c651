<#import "lib.ftl" as l>
<@l.letter title="Relance — " + verification.reference subject="Relance — factures échues restant à régler">
<@l.p>Madame, Monsieur,</@l.p>
<@l.p>Sauf erreur ou omission de notre part, les factures ci-dessous, arrivées à échéance, restent à ce jour impayées en tout ou partie. Il s'agit peut-être d'un simple oubli : nous vous remercions de bien vouloir procéder à leur règlement au plus tard le <fo:inline font-weight="bold">${deadline}</fo:inline>.</@l.p>
<@l.invoicesTable/>
<@l.paymentsTable/>
<@l.p>Le principal restant dû s'élève à <fo:inline font-weight="bold">${totals.outstanding}</fo:inline>.</@l.p>
<#if jurisdiction == "FR">
<@l.p>Nous vous rappelons que tout retard de paiement rend exigibles de plein droit des pénalités de retard ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros par facture (articles L441-10 II et D441-5 du Code de commerce)<#if totals.hasInterest || totals.hasIndemnities> ; au ${asOf}, elles s'élèvent au total à ${totals.totalDue} avec le principal</#if>.</@l.p>
<#else>
<@l.p>Nous vous rappelons que les délais de paiement entre commerçants sont encadrés par les articles 78-1 et suivants du Code de commerce (loi n° 69-21) et que tout retard ouvre droit à une indemnité de retard<#if totals.hasInterest> ; au ${asOf}, le total dû, indemnité comprise, s'élève à ${totals.totalDue}</#if>.</@l.p>
</#if>
<@l.p>Si votre règlement a croisé ce courrier, nous vous prions de ne pas en tenir compte. En cas de difficulté, ou si vous estimez ne pas devoir tout ou partie de ces sommes, nous vous invitons à nous en faire part par écrit, en nous indiquant vos motifs, afin que nous puissions examiner ensemble une solution.</@l.p>
<@l.closing/>
</@l.letter>
