package org.bordereau.dossier;

/**
 * The text of an HTML mail body, for reading: block ends become line breaks, tags, scripts and styles
 * go, common entities are decoded. Not a renderer (the original is attached).
 */
final class HtmlText {
    private HtmlText() {}

    static String of(String html) {
        String text = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|tr|li|h[1-6]|table)>", "\n")
                .replaceAll("(?s)<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+", " ").replaceAll("\n\\s*\n\\s*\n+", "\n\n").strip();
    }
}
