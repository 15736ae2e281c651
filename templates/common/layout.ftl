<#ftl output_format="XML" strip_whitespace=true>
<#--
  Page layout shared by every document (letters, statements, dossier front matter).
  document: A4, the title as PDF/A wants it (rdf:Alt in fo:declarations, never FOUserAgent.setTitle),
  a default font on fo:root so that no base-14 font is ever used, right-to-left page sequence for Arabic
  (tables and text-align="start" follow it), a header line when the seal is a development key, and a
  footer given by the caller (markup) with "page x / y".
  Includes must stay relative ("../common/layout.ftl") so that a tenant's overrides keep applying.
-->
<#macro document lang title font rtl footer devSeal="" pageLabel="" pageOf="/">
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="${lang}" font-family="${font}" font-size="10pt" line-height="1.4">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin-top="10mm" margin-bottom="8mm" margin-left="20mm" margin-right="20mm">
      <fo:region-body margin-top="10mm" margin-bottom="24mm"/>
      <fo:region-before extent="8mm"/>
      <fo:region-after extent="21mm"/>
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
  <fo:page-sequence master-reference="a4" id="document" writing-mode="${rtl?then('rl-tb', 'lr-tb')}">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block/>
      <#if devSeal?has_content>
      <fo:block text-align="center" font-weight="bold" font-size="8.5pt" color="#b00020" border-bottom="0.5pt solid #b00020" padding-bottom="1pt">${devSeal}</fo:block>
      </#if>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block border-top="0.4pt solid #777777" padding-top="2pt" font-size="7pt" line-height="1.3" color="#333333">${footer}</fo:block>
      <fo:block text-align="end" font-size="7.5pt" space-before="1pt">${pageLabel} <fo:page-number/> ${pageOf} <fo:page-number-citation-last ref-id="document"/></fo:block>
    </fo:static-content>
    <fo:flow flow-name="xsl-region-body">
      <#nested>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
</#macro>

<#-- A hexadecimal hash in a fixed-width font, whole (64 digits at 6.5 pt are ~250 pt): give it its own
     fo:block where it follows a label, so that it starts a line, and use hashLines in a narrower column.
     A hex string has no line-break opportunity; zero-width spaces between groups would give FOP some, but
     made the dossier's front matter twice as slow to lay out (a font change per group, stop 10). -->
<#macro hash value><fo:inline font-family="DejaVu Sans Mono" font-size="6.5pt">${value}</fo:inline></#macro>

<#-- A hash on two lines of 32 digits, for a table column (~125 pt): the text read or copied from the PDF is
     the hash with a line break in the middle. ltr: keep the digits left to right inside right-to-left text. -->
<#macro hashLines value ltr=false><#list [value[0..<32], value[32..]] as part><fo:block font-family="DejaVu Sans Mono" font-size="6.5pt"><#if ltr><fo:bidi-override unicode-bidi="embed" direction="ltr">${part}</fo:bidi-override><#else>${part}</#if></fo:block></#list></#macro>

<#-- Text that may hold long tokens (file names, titles made from them, identifiers), with line-break
     opportunities where it has none: a zero-width space (U+200B) after each "_", and every 20 characters in a
     run of 30 or more without a break. FOP breaks there only when the line is full and prints nothing (the
     copied text is unchanged). Noto and Amiri have the character; DejaVu Sans Mono lacks it, and a missing
     glyph fails the render, so never apply this to monospaced text. -->
<#function breakable text><#return text?replace("_", "_\x200B")?replace("([^\\s\\u200B]{20})(?=[^\\s\\u200B]{10})", "$1\x200B", "r")></#function>

<#-- Table cell helpers: a header cell and a body cell, the text aligned to "start" unless told. A wide table
     (the statement's ten columns) passes a smaller size and padding: the cells' own font-size wins over the
     table's, so setting it on fo:table alone changed nothing. nowrap keeps an amount on one line (FOP would
     not break "1 234 567,89" at its no-break spaces anyway; this says so, and a break is never wanted). -->
<#macro th align="start" size="8pt" padding="2pt 3pt"><fo:table-cell padding="${padding}" background-color="#e9ecef" border-bottom="0.6pt solid #555555" display-align="after"><fo:block font-weight="bold" font-size="${size}" text-align="${align}"><#nested></fo:block></fo:table-cell></#macro>
<#macro td align="start" bold=false size="8.5pt" padding="2pt 3pt" nowrap=false><fo:table-cell padding="${padding}" border-bottom="0.3pt solid #bbbbbb"><fo:block font-size="${size}" text-align="${align}"<#if bold> font-weight="bold"</#if><#if nowrap> wrap-option="no-wrap"</#if>><#nested></fo:block></fo:table-cell></#macro>

<#-- The statement's per-invoice table (statement_body.ftl, every language): ten columns on the 170 mm
     (481.9 pt) of an A4 page, six of them amounts, sized for the largest amounts a statement prints: an
     invoice of up to 999 999 999,99 in each amount column, and a balance below ten billion
     (9 999 999 999,99, in bold) in the last one. An eleventh digit does not fit.
     Body cells are set at 7 pt, the smallest a court reader is asked to read, with 1.5 pt side padding: at
     7.5 pt the ten columns would need ≈ 500 pt. At 7 pt a Noto Serif digit takes
     3.9 pt (Amiri's are narrower; digits are tabular, so amounts with as many digits are as wide):
     "999 999 999,99" ≈ 48.4 pt, the bold "9,999,999,999.99" ≈ 55.2 pt, a date ≈ 35.3 pt, an invoice number
     like "FA-2024-00417" ≈ 48.6 pt; each column keeps 0.6 to 1.6 pt to spare inside its padding, and two
     full amounts side by side stay 3 pt apart, more than the 1.8 pt space that groups their thousands.
     Headers are set at 7 pt, bold, and wrap onto two or three lines; they keep 3 pt padding so that two
     headers never read as one, and the longest header word fits inside it ("Échéance" 33.5 pt in a date
     column, "outstanding" 42.5 pt in an amount column, "retard" 22.9 pt in the days late). Widths are shared
     so that the three languages (Arabic mirrored) agree. -->
<#macro invoiceLineColumns>
  <fo:table-column column-width="11.05%"/><#-- invoice -->
  <fo:table-column column-width="8.2%"/><fo:table-column column-width="8.2%"/><#-- issue and due dates -->
  <fo:table-column column-width="10.85%"/><fo:table-column column-width="10.85%"/><fo:table-column column-width="10.85%"/><#-- principal, paid, outstanding -->
  <fo:table-column column-width="6.1%"/><#-- days late -->
  <fo:table-column column-width="10.85%"/><fo:table-column column-width="10.85%"/><fo:table-column column-width="12.2%"/><#-- interest, fixed indemnities, balance (bold) -->
</#macro>
<#macro invoiceLineTh align="start"><@th align=align size="7pt"><#nested></@th></#macro>
<#macro invoiceLineTd align="start" bold=false><@td align=align bold=bold size="7pt" padding="2pt 1.5pt" nowrap=(align == "end")><#nested></@td></#macro>
