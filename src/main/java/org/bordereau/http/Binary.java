package org.bordereau.http;

import io.javalin.http.Context;

/** Byte-exact responses: the stored media type, with no charset appended to binary types. */
final class Binary {
    private Binary() {}

    static void contentType(Context ctx, String mediaType) {
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        ctx.res().setCharacterEncoding(null); // Jetty would otherwise add ";charset=utf-8" to a PDF
        ctx.res().setContentType(type);
    }
}
