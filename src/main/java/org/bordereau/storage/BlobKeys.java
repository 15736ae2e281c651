package org.bordereau.storage;

/**
 * The one definition of a storage key, shared by every {@link BlobStore} so that a key accepted by
 * the file store is accepted by S3 and the other way round.
 *
 * <p>A key is a relative path of '/'-separated segments. Each segment is 1 to {@value
 * #MAX_SEGMENT_LENGTH} characters of {@code A-Z a-z 0-9 . _ - ~ = + @ ,} and does not start with a
 * dot. That single rule refuses {@code .} and {@code ..}, and it leaves every dot-name free for the
 * file store's temporary files and metadata sidecars, which can therefore never collide with a key.
 * Anything that could be decoded or interpreted later is refused outright rather than normalised:
 * '%' (so {@code %2e%2e} and {@code %2f} never reach a path), '\', ':', control characters, NUL,
 * leading '/', empty segments. Error messages describe the problem without echoing the raw key, so
 * a hostile key cannot inject text into logs.
 */
public final class BlobKeys {
    public static final int MAX_KEY_LENGTH = 1024;
    /** Leaves room under the usual 255-byte file-name limit for the file store's sidecar names. */
    public static final int MAX_SEGMENT_LENGTH = 200;

    private BlobKeys() {}

    /** Returns {@code key} if it names an object, else throws {@link InvalidKeyException}. */
    public static String requireKey(String key) {
        String problem = problemWithKey(key);
        if (problem != null) {
            throw new InvalidKeyException("invalid storage key: " + problem);
        }
        return key;
    }

    public static boolean isValidKey(String key) {
        return problemWithKey(key) == null;
    }

    /**
     * Returns {@code prefix} if it is a listing prefix: empty (everything), a key, a key followed by
     * '/', or a key whose last segment is cut short ({@code t/ac} matches {@code t/acme/...}).
     */
    public static String requirePrefix(String prefix) {
        if (prefix == null) {
            throw new InvalidKeyException("invalid storage prefix: null");
        }
        if (prefix.isEmpty()) {
            return prefix;
        }
        String body = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String problem = problemWithKey(body);
        if (problem != null) {
            throw new InvalidKeyException("invalid storage prefix: " + problem);
        }
        return prefix;
    }

    /** Returns {@code prefix} if it names a "folder": empty (the top) or a key followed by '/'. */
    public static String requireFolder(String prefix) {
        requirePrefix(prefix);
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            throw new InvalidKeyException("invalid storage folder: it must end with '/'");
        }
        return prefix;
    }

    private static String problemWithKey(String key) {
        if (key == null || key.isEmpty()) {
            return "empty";
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return "longer than " + MAX_KEY_LENGTH + " characters";
        }
        if (key.startsWith("/")) {
            return "absolute (starts with '/')";
        }
        int segmentStart = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == '/') {
                String problem = problemWithSegment(key, segmentStart, i);
                if (problem != null) {
                    return problem;
                }
                segmentStart = i + 1;
            } else if (!isAllowed(key.charAt(i))) {
                return "character U+" + String.format("%04X", (int) key.charAt(i)) + " is not allowed";
            }
        }
        return null;
    }

    private static String problemWithSegment(String key, int start, int end) {
        if (start == end) {
            return "empty path segment";
        }
        if (end - start > MAX_SEGMENT_LENGTH) {
            return "path segment longer than " + MAX_SEGMENT_LENGTH + " characters";
        }
        if (key.charAt(start) == '.') {
            return "path segment starts with '.'";
        }
        return null;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || ".-_~=+@,".indexOf(c) >= 0;
    }
}
