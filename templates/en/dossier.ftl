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
<#assign foot>Case ${ref} · built on ${cover.builtAt} · state of the case (event-chain head, SHA-256):<fo:block><@layout.hash cover.chainHead/></fo:block>Pages are numbered in the bottom margin. The PDF's electronic seal is checked by submitting the file to the verification service (POST /v1/verify).</#assign>

<#macro stage code><#switch code><#case "COMMERCIAL">commercial recovery<#break><#case "PERSONALISED">personalised recovery<#break><#case "PRE_LITIGATION">pre-litigation<#break><#case "LITIGATION_READY">ready for litigation<#break><#case "CLOSED_PAID">closed, paid<#break><#case "CLOSED_SETTLED">closed, settled<#break><#case "CLOSED_WRITTEN_OFF">closed, written off<#break><#default>${code}</#switch></#macro>
<#macro method code><#switch code><#case "BAILIFF">by bailiff<#break><#case "REGISTERED_LETTER">by registered letter with acknowledgment of receipt<#break><#case "ELECTRONIC_REGISTERED">by electronic registered letter<#break><#case "HAND_DELIVERED">delivered by hand<#break><#case "EMAIL">by e-mail<#break><#default>${code}</#switch></#macro>
<#macro letterKind code><#switch code><#case "RELANCE">reminder letter<#break><#case "MISE_EN_DEMEURE">formal notice<#break><#case "ECHEANCIER">payment plan proposal<#break><#case "RECONNAISSANCE_DE_DETTE">acknowledgment of debt for signature<#break><#default>${code}</#switch></#macro>
<#macro outcome code><#switch code><#case "REACHED">reached<#break><#case "NO_RESPONSE">no answer<#break><#case "REFUSED">refused to discuss<#break><#default>${code}</#switch></#macro>

<#macro party p role contact=false>
<@f.box title=role>
  <fo:block font-size="11pt" font-weight="bold"><@l.partyName p/></fo:block>
  <#if p.address??><fo:block>${p.address}</fo:block></#if>
  <fo:block font-size="8.5pt" color="#333333"><@l.ids p/></fo:block>
  <#if p.email?? || p.phone??><fo:block font-size="8.5pt" color="#333333"><#if p.email??>${p.email}</#if><#if p.email?? && p.phone??> · </#if><#if p.phone??>${p.phone}</#if></fo:block></#if>
  <#if contact && decisionMaker??><fo:block font-size="8.5pt" space-before="1mm">Decision-maker: ${decisionMaker.name}<#if decisionMaker.role??>, ${decisionMaker.role}</#if></fo:block></#if>
</@f.box>
</#macro>

<#macro fact r>
<#switch r.kind>
<#case "INVOICE_ISSUED">Invoice ${r.subject} issued (${r.amount})<#if r.extra??>, due on ${r.extra}</#if><#break>
<#case "INVOICE_DUE">Invoice ${r.subject} falls due (${r.amount})<#break>
<#case "CALL"><#if r.extra?? && r.extra == "INCOMING">Incoming<#else>Outgoing</#if> call<#if r.subject??> — ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "EMAIL">E-mail <#if r.extra?? && r.extra == "INCOMING">received<#else>sent</#if><#if r.subject??> — ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "MEETING">Meeting<#if r.subject??> with ${r.subject}</#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "PROMISE"><#if r.code == "WRITTEN">Written<#else>Oral</#if> promise to pay ${r.amount}<#if r.extra??> by ${r.extra}</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "PLAN">Payment plan agreed: ${r.subject} instalment(s), ${r.amount} in total<#if r.extra??>, the last on ${r.extra}</#if> (<#if r.code == "SIGNED">signed by the debtor<#else>not signed by the debtor</#if>)<#if r.detail??>; security: ${r.detail}</#if><#break>
<#case "COMMITMENT_MISSED"><#if r.code?ends_with("PROMISE")>Promise to pay<#else>Instalment no. ${r.subject} of the plan</#if> <#if r.code?starts_with("MISSED")>not kept (${r.amount})<#elseif r.code?starts_with("PARTLY")>partly kept (${r.amount} missing)<#else>paid late (${r.amount})</#if><#break>
<#case "DISPUTE"><#if r.code == "WRITTEN">Written<#else>Oral</#if> dispute by the debtor<#if r.subject??> (${r.subject})</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "DISPUTE_ANSWERED">Creditor's answer to the dispute<#if r.detail??>: ${r.detail}</#if><#break>
<#case "LETTER">Issued: <@letterKind r.code/> no. ${r.subject}<#if r.amount??> (${r.amount})</#if><#if r.extra??>, deadline ${r.extra}</#if><#break>
<#case "FORMAL_NOTICE">Formal notice served <@method r.code/><#if r.subject??> (${r.subject})</#if><#if r.extra??>, deadline ${r.extra}</#if><#break>
<#case "ACKNOWLEDGMENT">Acknowledgment of debt by the debtor<#if r.subject??> (${r.subject})</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#case "PAYMENT">Payment received: ${r.amount}<#if r.subject??> (ref. ${r.subject})</#if><#break>
<#case "STAGE">Moved to stage “<@stage r.code/>”<#if r.detail??>: ${r.detail}</#if><#break>
<#case "NOTE"><#if r.code == "BAD_FAITH">Sign of bad faith<#else>Sign of insolvency</#if><#if r.detail??>: ${r.detail}</#if><#break>
<#default>${r.kind}<#if r.detail??>: ${r.detail}</#if>
</#switch>
</#macro>

<#macro status s><#switch s><#case "ok"><fo:inline color="#1b6e20" font-weight="bold">satisfied</fo:inline><#break><#case "missing"><fo:inline color="#b00020" font-weight="bold">missing</fo:inline><#break><#default><fo:inline color="#8a5a00" font-weight="bold">to check</fo:inline></#switch></#macro>

<#macro link n><fo:basic-link external-destination="url(#piece-${n?c})" show-destination="replace"><#nested></fo:basic-link></#macro>

<@f.book lang="en" title="Case file — " + ref font="Noto Serif">

<#-- 1. Cover -->
<@f.part id="cover" rtl=false header=ref footer=foot devSeal=devSeal>
<fo:block text-align="center" font-size="9pt" letter-spacing="1.5pt" color="#555555" space-before="2mm">CASE FILE · RECOVERY OF A DEBT</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-before="3mm"><@l.partyName creditor/></fo:block>
<fo:block text-align="center" font-size="11pt" space-before="1mm">v.</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-after="3mm"><@l.partyName debtor/></fo:block>
<fo:block text-align="center" font-size="10pt" space-after="6mm">Case reference: <fo:inline font-weight="bold">${ref}</fo:inline> · as at ${asOf} · stage: <@stage cover.stage/></fo:block>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="50%"/><fo:table-column column-width="50%"/>
<fo:table-body><fo:table-row>
  <fo:table-cell padding-end="2mm"><@party p=creditor role="CREDITOR (CLAIMANT)"/></fo:table-cell>
  <fo:table-cell padding-start="2mm"><@party p=debtor role="DEBTOR (DEFENDANT)" contact=true/></fo:table-cell>
</fo:table-row></fo:table-body></fo:table>
<@f.box title="CLAIM AS AT " + asOf?upper_case>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
<fo:table-body>
  <@l.totalRow label="Unpaid invoices (number)" value=cover.invoices?c/>
  <@l.totalRow label="Principal invoiced" value=totals.principal/>
  <@l.totalRow label="Payments received" value=totals.paid/>
  <@l.totalRow label="Principal outstanding" value=totals.outstanding/>
  <#if totals.hasInterest><@l.totalRow label=(jurisdiction == "FR")?then("Late-payment penalties", "Late-payment indemnity") value=totals.interest/></#if>
  <#if totals.hasIndemnities><@l.totalRow label="Fixed recovery-cost indemnities" value=totals.indemnities/></#if>
  <@l.totalRow label="Total due on " + asOf value=totals.totalDue bold=true/>
</fo:table-body></fo:table>
</@f.box>
<#if cover.readyForLitigation>
<@f.box title="COMPLETENESS CHECK" color="#1b6e20"><fo:block font-weight="bold" color="#1b6e20">The file is complete for litigation: every required piece is present.</fo:block></@f.box>
<#else>
<@f.box title="COMPLETENESS CHECK" color="#b00020"><fo:block font-weight="bold" color="#b00020">The file is not complete for litigation. Missing:</fo:block>
<#list cover.missing as m><fo:block start-indent="4mm">• ${m}</fo:block></#list></@f.box>
</#if>
<@f.box title="CONTENTS AND INTEGRITY">
<fo:block>${cover.exhibits?c} exhibit(s), <@f.lastPage cover.lastPageRef/> numbered pages<#if cover.volumes gt 1> in ${cover.volumes?c} volumes</#if>, built on ${cover.builtAt}.</fo:block>
<fo:block font-size="8.5pt">Head of the case's event chain (SHA-256):<fo:block><@layout.hash cover.chainHead/></fo:block></fo:block>
<fo:block font-size="8pt" color="#444444">The original files are attached to this PDF; their fingerprints are in the attached manifest.</fo:block>
</@f.box>
<#if cover.developmentSeal><fo:block border="1pt solid #b00020" padding="2mm" margin-left="0pt" margin-right="0pt" color="#b00020" font-weight="bold" text-align="center">${l.devSealText}</fo:block></#if>
</@f.part>

<#-- 2. Bordereau de communication de pièces -->
<@f.part id="index" rtl=false header=ref + " · " + titles.index footer=foot devSeal=devSeal>
<@f.heading>${titles.index}</@f.heading>
<fo:block space-after="4mm">Exhibits produced by <fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline> in its claim against <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline> (case ${ref}). Each line links to the exhibit's first page. The opening pages (section A: cover, this index, statement, chronology, completeness, audit trail) come before the exhibits, which are grouped in sections from B.</fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="10%"/><fo:table-column column-width="56%"/><fo:table-column column-width="14%"/><fo:table-column column-width="20%"/>
  <fo:table-header><fo:table-row><@layout.th>Exhibit</@layout.th><@layout.th>Description (original file)</@layout.th><@layout.th>Date</@layout.th><@layout.th align="end">Pages</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list sections as s>
    <fo:table-row keep-with-next.within-page="always"><fo:table-cell number-columns-spanned="4" padding="4pt 3pt 2pt 3pt"><fo:block font-weight="bold" color="#1f3a5f">${s.letter}. ${s.title}</fo:block></fo:table-cell></fo:table-row>
    <#list s.exhibits as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td><@link e.number><fo:inline font-weight="bold">${e.number?c}</fo:inline></@link></@layout.td>
      <@layout.td><@link e.number>${layout.breakable(e.title)}</@link><fo:block font-size="7pt" color="#555555"><@link e.number>${layout.breakable(e.filename)}<#if e.duplicates gt 0> · also uploaded as ${e.duplicates?c} identical cop(ies)</#if></@link></fo:block></@layout.td>
      <@layout.td><@link e.number>${e.date}</@link></@layout.td>
      <@layout.td align="end"><@link e.number><@f.pages e/><#if e.volume gt 0> (volume ${e.volume?c})</#if></@link></@layout.td>
    </fo:table-row>
    </#list>
  </#list>
  <#if !sections?has_content><fo:table-row><fo:table-cell number-columns-spanned="4" padding="2pt 3pt"><fo:block>No exhibit.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 3. Statement of account -->
<@f.part id="statement" rtl=false header=ref + " · " + titles.statement footer=foot devSeal=devSeal>
<@f.heading>${titles.statement} as at ${asOf}</@f.heading>
<fo:block space-after="4mm">Debtor: <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>, ${debtor.address}</#if> · <@l.ids debtor/> · amounts in ${currency}</fo:block>
<@sb.body/>
</@f.part>

<#-- 4. Chronology -->
<@f.part id="chronology" rtl=false header=ref + " · " + titles.chronology footer=foot devSeal=devSeal>
<@f.heading>${titles.chronology}</@f.heading>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="15%"/><fo:table-column column-width="85%"/>
  <fo:table-header><fo:table-row><@layout.th>Date</@layout.th><@layout.th>Event</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list chronology as r><fo:table-row keep-together.within-page="always"><@layout.td>${r.date}</@layout.td><@layout.td><@fact r/></@layout.td></fo:table-row></#list>
  <#if !chronology?has_content><fo:table-row><fo:table-cell number-columns-spanned="2" padding="2pt 3pt"><fo:block>No fact recorded.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 5. Completeness report -->
<@f.part id="completeness" rtl=false header=ref + " · " + titles.completeness footer=foot devSeal=devSeal>
<@f.heading>${titles.completeness}</@f.heading>
<fo:block>Amicable recovery: <#if checklist.readyForAmicable><fo:inline color="#1b6e20" font-weight="bold">ready</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">not ready</fo:inline></#if></fo:block>
<fo:block space-after="4mm">Litigation: <#if checklist.readyForLitigation><fo:inline color="#1b6e20" font-weight="bold">ready</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">not ready</fo:inline></#if></fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="27%"/><fo:table-column column-width="13%"/><fo:table-column column-width="60%"/>
  <fo:table-header><fo:table-row><@layout.th>Rule</@layout.th><@layout.th>Status</@layout.th><@layout.th>Finding and remedy</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list checklist.rules as r>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${r.title}<#if r.source??><fo:block font-size="6.5pt" color="#555555">${r.source}</fo:block></#if></@layout.td>
      <@layout.td><@status r.status/><#if r.blocking><fo:block font-size="6.5pt" color="#b00020">blocking</fo:block></#if></@layout.td>
      <@layout.td>${r.message}<#if r.fix??><fo:block font-size="7.5pt" color="#333333">To do: ${r.fix}</fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 6. Audit -->
<@f.part id="audit" rtl=false header=ref + " · " + titles.audit footer=foot devSeal=devSeal>
<@f.heading>${titles.audit}</@f.heading>
<fo:block font-size="8.5pt" space-after="3mm">Each event of the case is an immutable object. Its fingerprint (SHA-256) is computed over its content, which includes the previous event's fingerprint: the fingerprints form a chain, and any change to the history breaks it. The previous fingerprint is printed only where it differs from the one on the line above (for the first event it is 64 zeros). Chain head when the dossier was built:<fo:block><@layout.hash cover.chainHead/></fo:block></fo:block>
<#-- Widths for the longest values at 8.5 pt: type CLAIM_DOCUMENTS_LINKED (121 pt), an API key's actor
     key:710575baf133 (73 pt), the date on two lines; a hash on 2 lines of 32 digits (125 pt), 40 not fitting
     (157 pt). Type and actor may also break (layout.breakable) should a longer one come. The previous event's
     hash is printed only where it is not the hash of the row above (first row, or a break in the chain):
     each hash covers the previous one, as the intro says. -->
<fo:table table-layout="fixed" width="100%" font-size="7.5pt">
  <fo:table-column column-width="6%"/><fo:table-column column-width="29%"/><fo:table-column column-width="15%"/><fo:table-column column-width="18%"/><fo:table-column column-width="32%"/>
  <fo:table-header><fo:table-row><@layout.th>No.</@layout.th><@layout.th>Type</@layout.th><@layout.th>Date and time</@layout.th><@layout.th>Actor</@layout.th><@layout.th>Fingerprint (SHA-256)</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list events as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${e.seq?c}</@layout.td><@layout.td>${layout.breakable(e.type)}</@layout.td><@layout.td>${e.at}</@layout.td><@layout.td>${layout.breakable(e.actor)}</@layout.td>
      <@layout.td><@layout.hashLines e.hash/><#if e?is_first || e.prev != events[e?index - 1].hash><fo:block font-size="6.5pt" color="#666666" space-before="1pt">previous:</fo:block><fo:block color="#666666"><@layout.hashLines e.prev/></fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>
<@f.placeholders sections/>
</@f.book>
