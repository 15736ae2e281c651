<#-- Start-up warm-up (FoRenderer.warmUp): a first layout in this language's font, nothing to read. -->
<#import "../common/layout.ftl" as layout>
<#assign rtl = language == "ar">
<#assign foot>warm-up</#assign>
<@layout.document lang=language title="warm-up" font=rtl?then("Amiri", "Noto Serif") rtl=rtl footer=foot>
<fo:block>Bordereau 1 234,56 € <fo:inline font-weight="bold">ok</fo:inline></fo:block>
<fo:block font-family="Amiri">بوردرو ٠١٢٣ تجربة</fo:block>
<fo:block font-family="Noto Sans">warm-up</fo:block>
<fo:block font-family="DejaVu Sans Mono">0123456789abcdef</fo:block>
</@layout.document>
