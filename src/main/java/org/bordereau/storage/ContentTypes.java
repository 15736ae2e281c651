package org.bordereau.storage;

import java.util.regex.Pattern;

/** Checks the media type stored with an object: it travels as an HTTP header, so it must be one. */
final class ContentTypes {
    static final String DEFAULT = "application/octet-stream";
    private static final int MAX_LENGTH = 255;

    // RFC 9110 media-type: token "/" token *( OWS ";" OWS token "=" ( token / quoted-string ) )
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");

    private ContentTypes() {}

    /** {@code null} becomes {@value #DEFAULT}; anything that is not a media type is refused. */
    static String normalize(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return DEFAULT;
        }
        String trimmed = contentType.trim();
        if (trimmed.length() > MAX_LENGTH || !MEDIA_TYPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a media type (type/subtype[; param=value])");
        }
        return trimmed;
    }
}
