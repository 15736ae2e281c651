<#ftl output_format="XML">
<#-- The dossier's front matter (dossier.CaseFrontMatter): one part per page sequence, in this order:
     cover, bordereau (index of exhibits), statement of account, chronology, completeness report, audit.
     Index lines link to url(#piece-K): the builder turns them into links to exhibit K's first page. -->
<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#import "../common/front.ftl" as f>
<#import "statement_body.ftl" as sb>
<#assign devSeal = cover.developmentSeal?then(l.devSealText, "")>
<#assign ref = cover.reference>
<#assign foot>Dossier ${ref} · établi le ${cover.builtAt} · état du dossier (tête de la chaîne d'événements, SHA-256) :<fo:block><@layout.hash cover.chainHead/></fo:block>Les pages sont numérotées dans la marge inférieure. Le sceau électronique du PDF se vérifie en soumettant le fichier au service de vérification (POST /v1/verify).</#assign>

<#macro stage code><#switch code><#case "COMMERCIAL">recouvrement commercial<#break><#case "PERSONALISED">recouvrement personnalisé<#break><#case "PRE_LITIGATION">précontentieux<#break><#case "LITIGATION_READY">prêt pour l'action en justice<#break><#case "CLOSED_PAID">clos, payé<#break><#case "CLOSED_SETTLED">clos, transigé<#break><#case "CLOSED_WRITTEN_OFF">clos, abandonné<#break><#default>${code}</#switch></#macro>
<#macro method code><#switch code><#case "BAILIFF">par commissaire de justice<#break><#case "REGISTERED_LETTER">par lettre recommandée avec accusé de réception<#break><#case "ELECTRONIC_REGISTERED">par lettre recommandée électronique<#break><#case "HAND_DELIVERED">remise en main propre<#break><#case "EMAIL">par courriel<#break><#default>${code}</#switch></#macro>
<#macro letterKind code><#switch code><#case "RELANCE">lettre de relance<#break><#case "MISE_EN_DEMEURE">mise en demeure<#break><#case "ECHEANCIER">proposition d'échéancier<#break><#case "RECONNAISSANCE_DE_DETTE">reconnaissance de dette à signer<#break><#default>${code}</#switch></#macro>
<#macro outcome code><#switch code><#case "REACHED">joint<#break><#case "NO_RESPONSE">sans réponse<#break><#case "REFUSED">refus de discuter<#break><#default>${code}</#switch></#macro>

<#macro party p role contact=false>
<@f.box title=role>
  <fo:block font-size="11pt" font-weight="bold"><@l.partyName p/></fo:block>
  <#if p.address??><fo:block>${p.address}</fo:block></#if>
  <fo:block font-size="8.5pt" color="#333333"><@l.ids p/></fo:block>
  <#if p.email?? || p.phone??><fo:block font-size="8.5pt" color="#333333"><#if p.email??>${p.email}</#if><#if p.email?? && p.phone??> · </#if><#if p.phone??>${p.phone}</#if></fo:block></#if>
  <#if contact && decisionMaker??><fo:block font-size="8.5pt" space-before="1mm">Interlocuteur décisionnaire : ${decisionMaker.name}<#if decisionMaker.role??>, ${decisionMaker.role}</#if></fo:block></#if>
</@f.box>
</#macro>

<#macro fact r>
<#switch r.kind>
<#case "INVOICE_ISSUED">Émission de la facture ${r.subject} (${r.amount})<#if r.extra??>, échéance au ${r.extra}</#if><#break>
<#case "INVOICE_DUE">Échéance de la facture ${r.subject} (${r.amount})<#break>
<#case "CALL">Appel téléphonique <#if r.extra?? && r.extra == "INCOMING">reçu<#else>passé</#if><#if r.subject??> — ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "EMAIL">Courriel <#if r.extra?? && r.extra == "INCOMING">reçu<#else>envoyé</#if><#if r.subject??> — ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "MEETING">Rendez-vous<#if r.subject??> avec ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "PROMISE">Promesse de paiement <#if r.code == "WRITTEN">écrite<#else>orale</#if> de ${r.amount}<#if r.extra??> au plus tard le ${r.extra}</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "PLAN">Échéancier convenu : ${r.subject} échéance(s), ${r.amount} au total<#if r.extra??>, dernière le ${r.extra}</#if> (<#if r.code == "SIGNED">signé par le débiteur<#else>non signé par le débiteur</#if>)<#if r.detail??> ; sûreté : ${r.detail}</#if><#break>
<#case "COMMITMENT_MISSED"><#if r.code?ends_with("PROMISE")>Promesse de paiement<#else>Échéance n° ${r.subject} du plan</#if> <#if r.code?starts_with("MISSED")>non honorée (${r.amount})<#elseif r.code?starts_with("PARTLY")>partiellement honorée (reste ${r.amount})<#else>réglée en retard (${r.amount})</#if><#break>
<#case "DISPUTE">Contestation <#if r.code == "WRITTEN">écrite<#else>orale</#if> du débiteur<#if r.subject??> (${r.subject})</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "DISPUTE_ANSWERED">Réponse du créancier à la contestation<#if r.detail??> : ${r.detail}</#if><#break>
<#case "LETTER">Émission : <@letterKind r.code/> n° ${r.subject}<#if r.amount??> (${r.amount})</#if><#if r.extra??>, délai au ${r.extra}</#if><#break>
<#case "FORMAL_NOTICE">Mise en demeure notifiée <@method r.code/><#if r.subject??> (${r.subject})</#if><#if r.extra??>, délai au ${r.extra}</#if><#break>
<#case "ACKNOWLEDGMENT">Reconnaissance de dette par le débiteur<#if r.subject??> (${r.subject})</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#case "PAYMENT">Paiement reçu : ${r.amount}<#if r.subject??> (réf. ${r.subject})</#if><#break>
<#case "STAGE">Passage en phase « <@stage r.code/> »<#if r.detail??> : ${r.detail}</#if><#break>
<#case "NOTE"><#if r.code == "BAD_FAITH">Indice de mauvaise foi<#else>Indice de difficultés financières</#if><#if r.detail??> : ${r.detail}</#if><#break>
<#default>${r.kind}<#if r.detail??> : ${r.detail}</#if>
</#switch>
</#macro>

<#macro status s><#switch s><#case "ok"><fo:inline color="#1b6e20" font-weight="bold">satisfait</fo:inline><#break><#case "missing"><fo:inline color="#b00020" font-weight="bold">manquant</fo:inline><#break><#default><fo:inline color="#8a5a00" font-weight="bold">à vérifier</fo:inline></#switch></#macro>

<#macro link n><fo:basic-link external-destination="url(#piece-${n?c})" show-destination="replace"><#nested></fo:basic-link></#macro>

<@f.book lang="fr" title="Dossier de pièces — " + ref font="Noto Serif">

<#-- 1. Cover -->
<@f.part id="cover" rtl=false header=ref footer=foot devSeal=devSeal>
<fo:block text-align="center" font-size="9pt" letter-spacing="1.5pt" color="#555555" space-before="2mm">DOSSIER DE PIÈCES · RECOUVREMENT DE CRÉANCE</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-before="3mm"><@l.partyName creditor/></fo:block>
<fo:block text-align="center" font-size="11pt" space-before="1mm">contre</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-after="3mm"><@l.partyName debtor/></fo:block>
<fo:block text-align="center" font-size="10pt" space-after="6mm">Référence du dossier : <fo:inline font-weight="bold">${ref}</fo:inline> · arrêté au ${asOf} · phase : <@stage cover.stage/></fo:block>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="50%"/><fo:table-column column-width="50%"/>
<fo:table-body><fo:table-row>
  <fo:table-cell padding-end="2mm"><@party p=creditor role="CRÉANCIER (DEMANDEUR)"/></fo:table-cell>
  <fo:table-cell padding-start="2mm"><@party p=debtor role="DÉBITEUR (DÉFENDEUR)" contact=true/></fo:table-cell>
</fo:table-row></fo:table-body></fo:table>
<@f.box title="CRÉANCE AU " + asOf?upper_case>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
<fo:table-body>
  <@l.totalRow label="Factures impayées (nombre)" value=cover.invoices?c/>
  <@l.totalRow label="Principal facturé" value=totals.principal/>
  <@l.totalRow label="Règlements reçus" value=totals.paid/>
  <@l.totalRow label="Principal restant dû" value=totals.outstanding/>
  <#if totals.hasInterest><@l.totalRow label=(jurisdiction == "FR")?then("Pénalités de retard", "Indemnité de retard") value=totals.interest/></#if>
  <#if totals.hasIndemnities><@l.totalRow label="Indemnités forfaitaires pour frais de recouvrement" value=totals.indemnities/></#if>
  <@l.totalRow label="Total dû au " + asOf value=totals.totalDue bold=true/>
</fo:table-body></fo:table>
</@f.box>
<#if cover.readyForLitigation>
<@f.box title="CONTRÔLE DE COMPLÉTUDE" color="#1b6e20"><fo:block font-weight="bold" color="#1b6e20">Dossier complet pour l'action en justice : toutes les pièces exigées sont présentes.</fo:block></@f.box>
<#else>
<@f.box title="CONTRÔLE DE COMPLÉTUDE" color="#b00020"><fo:block font-weight="bold" color="#b00020">Dossier incomplet pour l'action en justice. Manquent :</fo:block>
<#list cover.missing as m><fo:block start-indent="4mm">• ${m}</fo:block></#list></@f.box>
</#if>
<@f.box title="COMPOSITION ET INTÉGRITÉ">
<fo:block>${cover.exhibits?c} pièce(s), <@f.lastPage cover.lastPageRef/> pages numérotées<#if cover.volumes gt 1> en ${cover.volumes?c} tomes</#if>, constitué le ${cover.builtAt}.</fo:block>
<fo:block font-size="8.5pt">Tête de la chaîne d'événements du dossier (SHA-256) :<fo:block><@layout.hash cover.chainHead/></fo:block></fo:block>
<fo:block font-size="8pt" color="#444444">Les fichiers originaux sont joints à ce PDF ; leurs empreintes figurent au manifeste joint.</fo:block>
</@f.box>
<#if cover.developmentSeal><fo:block border="1pt solid #b00020" padding="2mm" margin-left="0pt" margin-right="0pt" color="#b00020" font-weight="bold" text-align="center">${l.devSealText}</fo:block></#if>
</@f.part>

<#-- 2. Bordereau de communication de pièces -->
<@f.part id="index" rtl=false header=ref + " · " + titles.index footer=foot devSeal=devSeal>
<@f.heading>${titles.index}</@f.heading>
<fo:block space-after="4mm">Pièces communiquées par <fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline> dans le litige l'opposant à <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline> (dossier ${ref}). Chaque ligne renvoie à la première page de la pièce. Les pages de présentation (section A : couverture, bordereau, décompte, chronologie, complétude, journal d'audit) précèdent les pièces, classées par section à partir de B.</fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="10%"/><fo:table-column column-width="56%"/><fo:table-column column-width="14%"/><fo:table-column column-width="20%"/>
  <fo:table-header><fo:table-row><@layout.th>Pièce n°</@layout.th><@layout.th>Désignation (fichier original)</@layout.th><@layout.th>Date</@layout.th><@layout.th align="end">Pages</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list sections as s>
    <fo:table-row keep-with-next.within-page="always"><fo:table-cell number-columns-spanned="4" padding="4pt 3pt 2pt 3pt"><fo:block font-weight="bold" color="#1f3a5f">${s.letter}. ${s.title}</fo:block></fo:table-cell></fo:table-row>
    <#list s.exhibits as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td><@link e.number><fo:inline font-weight="bold">${e.number?c}</fo:inline></@link></@layout.td>
      <@layout.td><@link e.number>${layout.breakable(e.title)}</@link><fo:block font-size="7pt" color="#555555"><@link e.number>${layout.breakable(e.filename)}<#if e.duplicates gt 0> · déposé aussi en ${e.duplicates?c} exemplaire(s) identique(s)</#if></@link></fo:block></@layout.td>
      <@layout.td><@link e.number>${e.date}</@link></@layout.td>
      <@layout.td align="end"><@link e.number><@f.pages e/><#if e.volume gt 0> (tome ${e.volume?c})</#if></@link></@layout.td>
    </fo:table-row>
    </#list>
  </#list>
  <#if !sections?has_content><fo:table-row><fo:table-cell number-columns-spanned="4" padding="2pt 3pt"><fo:block>Aucune pièce.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 3. Statement of account -->
<@f.part id="statement" rtl=false header=ref + " · " + titles.statement footer=foot devSeal=devSeal>
<@f.heading>${titles.statement} au ${asOf}</@f.heading>
<fo:block space-after="4mm">Débiteur : <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>, ${debtor.address}</#if> · <@l.ids debtor/> · montants en ${currency}</fo:block>
<@sb.body/>
</@f.part>

<#-- 4. Chronology -->
<@f.part id="chronology" rtl=false header=ref + " · " + titles.chronology footer=foot devSeal=devSeal>
<@f.heading>${titles.chronology}</@f.heading>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="15%"/><fo:table-column column-width="85%"/>
  <fo:table-header><fo:table-row><@layout.th>Date</@layout.th><@layout.th>Événement</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list chronology as r><fo:table-row keep-together.within-page="always"><@layout.td>${r.date}</@layout.td><@layout.td><@fact r/></@layout.td></fo:table-row></#list>
  <#if !chronology?has_content><fo:table-row><fo:table-cell number-columns-spanned="2" padding="2pt 3pt"><fo:block>Aucun fait enregistré.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 5. Completeness report -->
<@f.part id="completeness" rtl=false header=ref + " · " + titles.completeness footer=foot devSeal=devSeal>
<@f.heading>${titles.completeness}</@f.heading>
<fo:block>Recouvrement amiable : <#if checklist.readyForAmicable><fo:inline color="#1b6e20" font-weight="bold">prêt</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">pas prêt</fo:inline></#if></fo:block>
<fo:block space-after="4mm">Action en justice : <#if checklist.readyForLitigation><fo:inline color="#1b6e20" font-weight="bold">prêt</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">pas prêt</fo:inline></#if></fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="27%"/><fo:table-column column-width="13%"/><fo:table-column column-width="60%"/>
  <fo:table-header><fo:table-row><@layout.th>Règle</@layout.th><@layout.th>État</@layout.th><@layout.th>Constat et remède</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list checklist.rules as r>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${r.title}<#if r.source??><fo:block font-size="6.5pt" color="#555555">${r.source}</fo:block></#if></@layout.td>
      <@layout.td><@status r.status/><#if r.blocking><fo:block font-size="6.5pt" color="#b00020">bloquant</fo:block></#if></@layout.td>
      <@layout.td>${r.message}<#if r.fix??><fo:block font-size="7.5pt" color="#333333">À faire : ${r.fix}</fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 6. Audit -->
<@f.part id="audit" rtl=false header=ref + " · " + titles.audit footer=foot devSeal=devSeal>
<@f.heading>${titles.audit}</@f.heading>
<fo:block font-size="8.5pt" space-after="3mm">Chaque événement du dossier est un objet immuable. Son empreinte (SHA-256) est calculée sur son contenu, qui comprend l'empreinte de l'événement précédent : les empreintes forment ainsi une chaîne, et toute modification de l'historique la rompt. L'empreinte précédente n'est imprimée que là où elle diffère de celle de la ligne du dessus (pour le premier événement, elle vaut 64 zéros). Tête de chaîne au moment de la constitution :<fo:block><@layout.hash cover.chainHead/></fo:block></fo:block>
<#-- Widths for the longest values at 8.5 pt: type CLAIM_DOCUMENTS_LINKED (121 pt), an API key's actor
     key:710575baf133 (73 pt), the date on two lines; a hash on 2 lines of 32 digits (125 pt), 40 not fitting
     (157 pt). Type and actor may also break (layout.breakable) should a longer one come. The previous event's
     hash is printed only where it is not the hash of the row above (first row, or a break in the chain):
     each hash covers the previous one, as the intro says. -->
<fo:table table-layout="fixed" width="100%" font-size="7.5pt">
  <fo:table-column column-width="6%"/><fo:table-column column-width="29%"/><fo:table-column column-width="15%"/><fo:table-column column-width="18%"/><fo:table-column column-width="32%"/>
  <fo:table-header><fo:table-row><@layout.th>N°</@layout.th><@layout.th>Type</@layout.th><@layout.th>Date et heure</@layout.th><@layout.th>Auteur</@layout.th><@layout.th>Empreinte (SHA-256)</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list events as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${e.seq?c}</@layout.td><@layout.td>${layout.breakable(e.type)}</@layout.td><@layout.td>${e.at}</@layout.td><@layout.td>${layout.breakable(e.actor)}</@layout.td>
      <@layout.td><@layout.hashLines e.hash/><#if e?is_first || e.prev != events[e?index - 1].hash><fo:block font-size="6.5pt" color="#666666" space-before="1pt">précédente :</fo:block><fo:block color="#666666"><@layout.hashLines e.prev/></fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>
<@f.placeholders sections/>
</@f.book>
