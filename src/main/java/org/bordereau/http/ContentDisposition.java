package org.bordereau.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 6266 {@code attachment} with an ASCII fallback and the exact UTF-8 name (RFC 8187). */
final class ContentDisposition {
    private ContentDisposition() {}

    static String attachment(String filename, String fallbackBase) {
        if (filename == null || filename.isBlank()) {
            return "attachment; filename=\"" + fallbackBase + "\"";
        }
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
