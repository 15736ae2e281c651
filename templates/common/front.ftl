<#ftl output_format="XML" strip_whitespace=true>
<#--
  Page layout of the dossier's front matter (templates/{lang}/dossier.ftl), the letters' look on a court
  file's frame. The builder stamps the dossier page number in the bottom 28 pt of every page, so the page
  margin keeps 11 mm (31 pt) empty at the bottom and no footer reaches into it.
  book: fo:root with A4 masters, the title as PDF/A wants it (rdf:Alt), the default font.
  part: one fo:page-sequence per part (cover, index, statement, chronology, completeness, audit): a part
  starts a page, and FOP's page count per sequence tells the builder where each part begins (bookmarks).
  pages, lastPage, placeholders: the page numbers printed in the front matter are FOP's own, cited from
  blank stand-ins of the exhibit pages laid out after the parts, so that they are right in one layout
  whatever length the front matter turns out to have; the builder keeps only the parts' pages.
-->
<#macro book lang title font>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="${lang}" font-family="${font}" font-size="10pt" line-height="1.4">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="front" page-width="210mm" page-height="297mm" margin-top="10mm" margin-bottom="11mm" margin-left="20mm" margin-right="20mm">
      <fo:region-body margin-top="10mm" margin-bottom="12mm"/>
      <fo:region-before extent="8mm"/>
      <fo:region-after extent="10mm"/>
    </fo:simple-page-master>
    <fo:simple-page-master master-name="placeholder" page-width="210mm" page-height="297mm">
      <fo:region-body/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:declarations>
    <x:xmpmeta xmlns:x="adobe:ns:meta/">
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
        </rdf:Description>
      </rdf:RDF>
    </x:xmpmeta>
  </fo:declarations>
  <#nested>
</fo:root>
</#macro>

<#-- One part. header: the running line at the top (case and part); footer: markup above the stamp band. -->
<#macro part id rtl header footer devSeal="">
<fo:page-sequence master-reference="front" id="${id}" writing-mode="${rtl?then('rl-tb', 'lr-tb')}">
  <fo:static-content flow-name="xsl-region-before">
    <#if devSeal?has_content>
    <fo:block text-align="center" font-weight="bold" font-size="8.5pt" color="#b00020" border-bottom="0.5pt solid #b00020" padding-bottom="1pt">${devSeal}</fo:block>
    <#else>
    <fo:block text-align="end" font-size="7.5pt" color="#555555" border-bottom="0.4pt solid #999999" padding-bottom="1pt">${header}</fo:block>
    </#if>
  </fo:static-content>
  <fo:static-content flow-name="xsl-region-after">
    <fo:block border-top="0.4pt solid #999999" padding-top="1.5pt" font-size="6.5pt" line-height="1.25" color="#444444">${footer}</fo:block>
  </fo:static-content>
  <fo:flow flow-name="xsl-region-body">
    <#nested>
  </fo:flow>
</fo:page-sequence>
</#macro>

<#-- A part's heading. -->
<#macro heading><fo:block font-size="15pt" font-weight="bold" color="#1f3a5f" space-after="1mm" keep-with-next.within-page="always"><#nested></fo:block><fo:block border-bottom="0.8pt solid #1f3a5f" space-after="4mm"/></#macro>

<#-- A framed box of the cover (parties, claim, verdict). -->
<#macro box title color="#1f3a5f"><fo:block border="0.6pt solid ${color}" padding="3mm" margin-left="0pt" margin-right="0pt" space-after="4mm" keep-together.within-page="always"><fo:block font-size="8pt" font-weight="bold" color="${color}" space-after="1mm">${title}</fo:block><#nested></fo:block></#macro>

<#-- An index line's pages as they will be stamped: cited (12–15) in continuous numbering, the planned label (C 1–4) per section. -->
<#macro pages e><#if e.pageRef??><fo:page-number-citation ref-id="${e.pageRef}"/><#if e.lastPageRef??>–<fo:page-number-citation ref-id="${e.lastPageRef}"/></#if><#else>${e.pages}</#if></#macro>

<#-- The number of the dossier's last page (its page count): the last exhibit stand-in's, or the last part's. -->
<#macro lastPage ref><fo:page-number-citation-last ref-id="${ref}"/></#macro>

<#-- After the parts: one blank stand-in per exhibit page, in filing order, carrying the ids that pages and lastPage cite. -->
<#macro placeholders sections>
<#if sections?has_content>
<fo:page-sequence master-reference="placeholder" id="exhibit-pages">
  <fo:flow flow-name="xsl-region-body">
  <#assign first = true>
  <#list sections as s><#list s.exhibits as e><#list 1..e.pageCount as p>
  <fo:block<#if p == 1 && e.pageRef??> id="${e.pageRef}"<#elseif p == e.pageCount && e.lastPageRef??> id="${e.lastPageRef}"</#if><#if !first> break-before="page"</#if>>&#xA0;</fo:block><#assign first = false>
  </#list></#list></#list>
  </fo:flow>
</fo:page-sequence>
</#if>
</#macro>
