<#ftl output_format="XML">
<#-- The dossier's front matter in Arabic (dossier.CaseFrontMatter), right to left: one part per page sequence,
     in this order: cover, bordereau (index of exhibits), statement of account, chronology, completeness
     report, audit. Latin names, references, file names, page ranges and hashes go through l.x (left-to-right
     embedding). Index lines link to url(#piece-K): the builder turns them into links to exhibit K's first page. -->
<#import "lib.ftl" as l>
<#import "../common/layout.ftl" as layout>
<#import "../common/front.ftl" as f>
<#import "statement_body.ftl" as sb>
<#assign devSeal = cover.developmentSeal?then(l.devSealText, "")>
<#assign ref = cover.reference>
<#macro h value><fo:bidi-override unicode-bidi="embed" direction="ltr"><@layout.hash value/></fo:bidi-override></#macro>
<#assign foot>الملف <@l.x ref/> · أنشئ بتاريخ ${cover.builtAt} · حالة الملف (رأس سلسلة الأحداث، SHA-256):<fo:block><@h cover.chainHead/></fo:block>الصفحات مرقمة في الهامش السفلي. يمكن التحقق من الختم الإلكتروني لهذا الملف بإرساله إلى خدمة التحقق (<@l.x "POST /v1/verify"/>).</#assign>

<#macro stage code><#switch code><#case "COMMERCIAL">التحصيل التجاري<#break><#case "PERSONALISED">التحصيل الشخصي<#break><#case "PRE_LITIGATION">ما قبل النزاع<#break><#case "LITIGATION_READY">جاهز للدعوى القضائية<#break><#case "CLOSED_PAID">مغلق، مؤدى<#break><#case "CLOSED_SETTLED">مغلق، بالصلح<#break><#case "CLOSED_WRITTEN_OFF">مغلق، متخلى عنه<#break><#default><@l.x code/></#switch></#macro>
<#macro method code><#switch code><#case "BAILIFF">بواسطة مفوض قضائي<#break><#case "REGISTERED_LETTER">برسالة مضمونة مع إشعار بالتوصل<#break><#case "ELECTRONIC_REGISTERED">برسالة مضمونة إلكترونية<#break><#case "HAND_DELIVERED">بالتسليم اليدوي<#break><#case "EMAIL">بالبريد الإلكتروني<#break><#default><@l.x code/></#switch></#macro>
<#macro letterKind code><#switch code><#case "RELANCE">رسالة تذكير<#break><#case "MISE_EN_DEMEURE">إنذار<#break><#case "ECHEANCIER">مقترح جدول أداء<#break><#case "RECONNAISSANCE_DE_DETTE">اعتراف بدين للتوقيع<#break><#default><@l.x code/></#switch></#macro>
<#macro outcome code><#switch code><#case "REACHED">تم التواصل<#break><#case "NO_RESPONSE">دون جواب<#break><#case "REFUSED">رفض النقاش<#break><#default><@l.x code/></#switch></#macro>

<#macro party p role contact=false>
<@f.box title=role>
  <fo:block font-size="11pt" font-weight="bold"><@l.partyName p/></fo:block>
  <#if p.address??><fo:block><@l.x p.address/></fo:block></#if>
  <fo:block font-size="8.5pt" color="#333333"><@l.ids p/></fo:block>
  <#if p.email?? || p.phone??><fo:block font-size="8.5pt" color="#333333"><#if p.email??><@l.x p.email/></#if><#if p.email?? && p.phone??> · </#if><#if p.phone??><@l.x p.phone/></#if></fo:block></#if>
  <#if contact && decisionMaker??><fo:block font-size="8.5pt" space-before="1mm">المخاطب صاحب القرار: <@l.x decisionMaker.name/><#if decisionMaker.role??>، <@l.x decisionMaker.role/></#if></fo:block></#if>
</@f.box>
</#macro>

<#macro opt text><#if text??><@l.x text/></#if></#macro>

<#macro fact r>
<#switch r.kind>
<#case "INVOICE_ISSUED">إصدار الفاتورة <@l.x r.subject/> (${r.amount})<#if r.extra??>، تاريخ الاستحقاق ${r.extra}</#if><#break>
<#case "INVOICE_DUE">حلول أجل الفاتورة <@l.x r.subject/> (${r.amount})<#break>
<#case "CALL">مكالمة هاتفية <#if r.extra?? && r.extra == "INCOMING">واردة<#else>صادرة</#if><#if r.subject??> — <@l.x r.subject/></#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "EMAIL">بريد إلكتروني <#if r.extra?? && r.extra == "INCOMING">وارد<#else>صادر</#if><#if r.subject??> — <@l.x r.subject/></#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "MEETING">لقاء<#if r.subject??> مع <@l.x r.subject/></#if><#if r.code??> (<@outcome r.code/>)</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "PROMISE">وعد بالأداء <#if r.code == "WRITTEN">كتابي<#else>شفوي</#if> بمبلغ ${r.amount}<#if r.extra??> في أجل أقصاه ${r.extra}</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "PLAN">الاتفاق على جدول أداء: ${r.subject} أقساط، ${r.amount} في المجموع<#if r.extra??>، آخرها في ${r.extra}</#if> (<#if r.code == "SIGNED">موقع من المدين<#else>غير موقع من المدين</#if>)<#if r.detail??>؛ الضمان: <@l.x r.detail/></#if><#break>
<#case "COMMITMENT_MISSED"><#if r.code?ends_with("PROMISE")>الوعد بالأداء<#else>القسط رقم ${r.subject} من الجدول</#if> <#if r.code?starts_with("MISSED")>لم يحترم (${r.amount})<#elseif r.code?starts_with("PARTLY")>احترم جزئيا (الباقي ${r.amount})<#else>أدي متأخرا (${r.amount})</#if><#break>
<#case "DISPUTE">منازعة <#if r.code == "WRITTEN">كتابية<#else>شفوية</#if> من المدين<#if r.subject??> (<@l.x r.subject/>)</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "DISPUTE_ANSWERED">جواب الدائن على المنازعة<#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "LETTER">إصدار: <@letterKind r.code/> رقم <@l.x r.subject/><#if r.amount??> (${r.amount})</#if><#if r.extra??>، الأجل ${r.extra}</#if><#break>
<#case "FORMAL_NOTICE">تبليغ إنذار <@method r.code/><#if r.subject??> (<@l.x r.subject/>)</#if><#if r.extra??>، الأجل ${r.extra}</#if><#break>
<#case "ACKNOWLEDGMENT">اعتراف المدين بالدين<#if r.subject??> (<@l.x r.subject/>)</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "PAYMENT">أداء متوصل به: ${r.amount}<#if r.subject??> (المرجع <@l.x r.subject/>)</#if><#break>
<#case "STAGE">الانتقال إلى مرحلة «<@stage r.code/>»<#if r.detail??>: <@l.x r.detail/></#if><#break>
<#case "NOTE"><#if r.code == "BAD_FAITH">قرينة على سوء النية<#else>قرينة على صعوبات مالية</#if><#if r.detail??>: <@l.x r.detail/></#if><#break>
<#default><@l.x r.kind/><#if r.detail??>: <@l.x r.detail/></#if>
</#switch>
</#macro>

<#macro status s><#switch s><#case "ok"><fo:inline color="#1b6e20" font-weight="bold">مستوفى</fo:inline><#break><#case "missing"><fo:inline color="#b00020" font-weight="bold">ناقص</fo:inline><#break><#default><fo:inline color="#8a5a00" font-weight="bold">للتحقق</fo:inline></#switch></#macro>

<#macro link n><fo:basic-link external-destination="url(#piece-${n?c})" show-destination="replace"><#nested></fo:basic-link></#macro>

<@f.book lang="ar" title="ملف الوثائق — " + ref font="Amiri">

<#-- 1. Cover -->
<@f.part id="cover" rtl=true header=ref footer=foot devSeal=devSeal>
<fo:block text-align="center" font-size="10pt" color="#555555" space-before="2mm">ملف الوثائق · تحصيل دين</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-before="3mm"><@l.partyName creditor/></fo:block>
<fo:block text-align="center" font-size="11pt" space-before="1mm">ضد</fo:block>
<fo:block text-align="center" font-size="20pt" font-weight="bold" color="#1f3a5f" space-after="3mm"><@l.partyName debtor/></fo:block>
<fo:block text-align="center" font-size="10pt" space-after="6mm">مرجع الملف: <fo:inline font-weight="bold"><@l.x ref/></fo:inline> · موقوف في ${asOf} · المرحلة: <@stage cover.stage/></fo:block>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="50%"/><fo:table-column column-width="50%"/>
<fo:table-body><fo:table-row>
  <fo:table-cell padding-end="2mm"><@party p=creditor role="الدائن (المدعي)"/></fo:table-cell>
  <fo:table-cell padding-start="2mm"><@party p=debtor role="المدين (المدعى عليه)" contact=true/></fo:table-cell>
</fo:table-row></fo:table-body></fo:table>
<@f.box title="الدين في " + asOf>
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
<fo:table-body>
  <@l.totalRow value=cover.invoices?c>الفواتير غير المؤداة (العدد)</@l.totalRow>
  <@l.totalRow value=totals.principal>الأصل المفوتر</@l.totalRow>
  <@l.totalRow value=totals.paid>الأداءات المتوصل بها</@l.totalRow>
  <@l.totalRow value=totals.outstanding>الأصل المتبقي</@l.totalRow>
  <#if totals.hasInterest><@l.totalRow value=totals.interest><#if jurisdiction == "FR">غرامات التأخير<#else>تعويض التأخير</#if></@l.totalRow></#if>
  <#if totals.hasIndemnities><@l.totalRow value=totals.indemnities>التعويضات الجزافية عن مصاريف التحصيل</@l.totalRow></#if>
  <@l.totalRow value=totals.totalDue bold=true>المجموع المستحق في ${asOf}</@l.totalRow>
</fo:table-body></fo:table>
</@f.box>
<#if cover.readyForLitigation>
<@f.box title="مراقبة اكتمال الملف" color="#1b6e20"><fo:block font-weight="bold" color="#1b6e20">الملف مكتمل لرفع الدعوى: جميع الوثائق المطلوبة موجودة.</fo:block></@f.box>
<#else>
<@f.box title="مراقبة اكتمال الملف" color="#b00020"><fo:block font-weight="bold" color="#b00020">الملف غير مكتمل لرفع الدعوى. ينقصه:</fo:block>
<#list cover.missing as m><fo:block start-indent="4mm">• <@l.x m/></fo:block></#list></@f.box>
</#if>
<@f.box title="المكونات والسلامة">
<fo:block>${cover.exhibits?c} وثيقة، <@f.lastPage cover.lastPageRef/> صفحة مرقمة<#if cover.volumes gt 1> في ${cover.volumes?c} أجزاء</#if>، أنشئ بتاريخ ${cover.builtAt}.</fo:block>
<fo:block font-size="8.5pt">رأس سلسلة أحداث الملف (SHA-256):<fo:block><@h cover.chainHead/></fo:block></fo:block>
<fo:block font-size="8pt" color="#444444">الملفات الأصلية مرفقة بهذا الملف، وبصماتها مدرجة في البيان المرفق.</fo:block>
</@f.box>
<#if cover.developmentSeal><fo:block border="1pt solid #b00020" padding="2mm" margin-left="0pt" margin-right="0pt" color="#b00020" font-weight="bold" text-align="center">${l.devSealText}</fo:block></#if>
</@f.part>

<#-- 2. Bordereau de communication de pièces -->
<@f.part id="index" rtl=true header=ref + " · " + titles.index footer=foot devSeal=devSeal>
<@f.heading>${titles.index}</@f.heading>
<fo:block space-after="4mm">الوثائق المدلى بها من طرف <fo:inline font-weight="bold"><@l.partyName creditor/></fo:inline> في النزاع القائم بينها وبين <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline> (الملف <@l.x ref/>). يحيل كل سطر إلى الصفحة الأولى من الوثيقة. تسبق صفحاتُ التقديم (القسم <@l.x "A"/>: الغلاف، هذا الجدول، كشف الحساب، التسلسل الزمني، تقرير الاكتمال، سجل التدقيق) الوثائقَ المصنفةَ في أقسام ابتداءً من <@l.x "B"/>.</fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="10%"/><fo:table-column column-width="56%"/><fo:table-column column-width="14%"/><fo:table-column column-width="20%"/>
  <fo:table-header><fo:table-row><@layout.th>رقم الوثيقة</@layout.th><@layout.th>البيان (الملف الأصلي)</@layout.th><@layout.th>التاريخ</@layout.th><@layout.th align="end">الصفحات</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list sections as s>
    <fo:table-row keep-with-next.within-page="always"><fo:table-cell number-columns-spanned="4" padding="4pt 3pt 2pt 3pt"><fo:block font-weight="bold" color="#1f3a5f"><@l.x s.letter/>. ${s.title}</fo:block></fo:table-cell></fo:table-row>
    <#list s.exhibits as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td><@link e.number><fo:inline font-weight="bold">${e.number?c}</fo:inline></@link></@layout.td>
      <@layout.td><@link e.number><@l.x layout.breakable(e.title)/></@link><fo:block font-size="7pt" color="#555555"><@link e.number><@l.x layout.breakable(e.filename)/><#if e.duplicates gt 0> · أودعت أيضا في ${e.duplicates?c} نسخة مطابقة</#if></@link></fo:block></@layout.td>
      <@layout.td><@link e.number>${e.date}</@link></@layout.td>
      <@layout.td align="end"><@link e.number><fo:bidi-override unicode-bidi="embed" direction="ltr"><@f.pages e/></fo:bidi-override><#if e.volume gt 0> (الجزء ${e.volume?c})</#if></@link></@layout.td>
    </fo:table-row>
    </#list>
  </#list>
  <#if !sections?has_content><fo:table-row><fo:table-cell number-columns-spanned="4" padding="2pt 3pt"><fo:block>لا توجد أية وثيقة.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 3. Statement of account -->
<@f.part id="statement" rtl=true header=ref + " · " + titles.statement footer=foot devSeal=devSeal>
<@f.heading>${titles.statement} في ${asOf}</@f.heading>
<fo:block space-after="4mm">المدين: <fo:inline font-weight="bold"><@l.partyName debtor/></fo:inline><#if debtor.address??>، <@l.x debtor.address/></#if> · <@l.ids debtor/> · المبالغ بـ<@l.cur/></fo:block>
<@sb.body/>
</@f.part>

<#-- 4. Chronology -->
<@f.part id="chronology" rtl=true header=ref + " · " + titles.chronology footer=foot devSeal=devSeal>
<@f.heading>${titles.chronology}</@f.heading>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="15%"/><fo:table-column column-width="85%"/>
  <fo:table-header><fo:table-row><@layout.th>التاريخ</@layout.th><@layout.th>الحدث</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list chronology as r><fo:table-row keep-together.within-page="always"><@layout.td>${r.date}</@layout.td><@layout.td><@fact r/></@layout.td></fo:table-row></#list>
  <#if !chronology?has_content><fo:table-row><fo:table-cell number-columns-spanned="2" padding="2pt 3pt"><fo:block>لم تسجل أية واقعة.</fo:block></fo:table-cell></fo:table-row></#if>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 5. Completeness report -->
<@f.part id="completeness" rtl=true header=ref + " · " + titles.completeness footer=foot devSeal=devSeal>
<@f.heading>${titles.completeness}</@f.heading>
<fo:block>التحصيل الودي: <#if checklist.readyForAmicable><fo:inline color="#1b6e20" font-weight="bold">جاهز</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">غير جاهز</fo:inline></#if></fo:block>
<fo:block space-after="4mm">الدعوى القضائية: <#if checklist.readyForLitigation><fo:inline color="#1b6e20" font-weight="bold">جاهز</fo:inline><#else><fo:inline color="#b00020" font-weight="bold">غير جاهز</fo:inline></#if></fo:block>
<fo:table table-layout="fixed" width="100%">
  <fo:table-column column-width="27%"/><fo:table-column column-width="13%"/><fo:table-column column-width="60%"/>
  <fo:table-header><fo:table-row><@layout.th>القاعدة</@layout.th><@layout.th>الحالة</@layout.th><@layout.th>المعاينة والإجراء</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list checklist.rules as r>
    <fo:table-row keep-together.within-page="always">
      <@layout.td><@l.x r.title/><#if r.source??><fo:block font-size="6.5pt" color="#555555"><@l.x r.source/></fo:block></#if></@layout.td>
      <@layout.td><@status r.status/><#if r.blocking><fo:block font-size="6.5pt" color="#b00020">مانع</fo:block></#if></@layout.td>
      <@layout.td><@l.x r.message/><#if r.fix??><fo:block font-size="7.5pt" color="#333333">الإجراء: <@l.x r.fix/></fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>

<#-- 6. Audit -->
<@f.part id="audit" rtl=true header=ref + " · " + titles.audit footer=foot devSeal=devSeal>
<@f.heading>${titles.audit}</@f.heading>
<fo:block font-size="8.5pt" space-after="3mm">كل حدث في الملف كائن غير قابل للتعديل؛ وتحسب بصمته (SHA-256) على محتواه الذي يتضمن بصمة الحدث السابق، فتكون البصمات سلسلة: أي تغيير في السجل يقطع السلسلة. ولا تطبع البصمة السابقة إلا حيث تختلف عن بصمة السطر الذي فوقها (وهي 64 صفرا بالنسبة للحدث الأول). رأس السلسلة عند إنشاء الملف:<fo:block><@h cover.chainHead/></fo:block></fo:block>
<#-- Widths for the longest values at 8.5 pt: type CLAIM_DOCUMENTS_LINKED (121 pt), an API key's actor
     key:710575baf133 (73 pt), the date on two lines; a hash on 2 lines of 32 digits (125 pt), 40 not fitting
     (157 pt). Type and actor may also break (layout.breakable) should a longer one come. The previous event's
     hash is printed only where it is not the hash of the row above (first row, or a break in the chain):
     each hash covers the previous one, as the intro says. -->
<fo:table table-layout="fixed" width="100%" font-size="7.5pt">
  <fo:table-column column-width="6%"/><fo:table-column column-width="29%"/><fo:table-column column-width="15%"/><fo:table-column column-width="18%"/><fo:table-column column-width="32%"/>
  <fo:table-header><fo:table-row><@layout.th>الرقم</@layout.th><@layout.th>النوع</@layout.th><@layout.th>التاريخ والساعة</@layout.th><@layout.th>الفاعل</@layout.th><@layout.th>البصمة (SHA-256)</@layout.th></fo:table-row></fo:table-header>
  <fo:table-body>
  <#list events as e>
    <fo:table-row keep-together.within-page="always">
      <@layout.td>${e.seq?c}</@layout.td><@layout.td><@l.x layout.breakable(e.type)/></@layout.td><@layout.td><@l.x e.at/></@layout.td><@layout.td><@l.x layout.breakable(e.actor)/></@layout.td>
      <@layout.td><@layout.hashLines e.hash true/><#if e?is_first || e.prev != events[e?index - 1].hash><fo:block font-size="6.5pt" color="#666666" space-before="1pt">السابقة:</fo:block><fo:block color="#666666"><@layout.hashLines e.prev true/></fo:block></#if></@layout.td>
    </fo:table-row>
  </#list>
  </fo:table-body>
</fo:table>
</@f.part>
<@f.placeholders sections/>
</@f.book>
