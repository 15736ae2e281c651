package org.bordereau.storage;

import java.util.regex.Pattern;

/** Checks the media type stored with an object: it travels as an HTTP header, so it must be one. */
final class ContentTypes {
    static final String DEFAULT = "application/octet-stream";
    static final String JSON = "application/json";
    private static final int MAX_LENGTH = 255;

    // RFC 9110 media-type: token "/" token *( OWS ";" OWS token "=" ( token / quoted-string ) )
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");

    private ContentTypes() {}

    /**
     * The type a key's name implies, which the file store keeps without a sidecar file: JSON records
     * (events, indexes, settings) are most writes, and a sidecar is a second file forced to disk.
     */
    static String impliedBy(String name) {
        return name.endsWith(".json") ? JSON : DEFAULT;
    }

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
