package org.bordereau.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * A client's file name is data, never a path: it is shown, put in a Content-Disposition header and a
 * dossier index, but no file is ever created under it. Still, a name that carries a path, a line break
 * or a bidi override is either an attack (header injection, "invoice\u202Efdp.exe" showing as
 * "invoiceexe.pdf") or a client bug, so it is refused rather than silently changed. Names inside
 * e-mails are not the uploader's to fix, so those are cleaned instead ({@link #cleanEmbedded}).
 */
public final class Filenames {
    /** Most file systems and mail clients stop at 255. */
    public static final int MAX_LENGTH = 255;

    private Filenames() {}

    /**
     * The name to keep for an upload: {@code null} for none (null or blank), else {@code name} unchanged.
     *
     * @throws DocumentRejectedException BAD_FILENAME naming the rule that was broken (not the name:
     *                                   it may hold characters that do not belong in a response)
     */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        problem(name).ifPresent(p -> {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.BAD_FILENAME,
                    "The file name " + p + ". Send the name alone, e.g. \"facture-2025-017.pdf\".");
        });
        return name;
    }

    /**
     * A file name found inside a file (an e-mail attachment's): the last path segment, without control
     * and bidi characters, cut to {@value #MAX_LENGTH} characters; {@code null} if nothing usable is left.
     */
    static String cleanEmbedded(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints().filter(c -> !isForbidden(c)).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return null;
        }
        if (cleaned.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(cleaned.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            cleaned = cleaned.substring(0, cut);
        }
        return cleaned;
    }

    /** The lower-case extension without the dot ("pdf"), or empty. */
    static Optional<String> extension(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Optional<String> problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("contains a path separator ('/' or '\\')");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("is a path segment ('.' or '..')");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c) && !isPairedSurrogate(name, i)) {
                return Optional.of("is not valid Unicode (a lone surrogate at position " + (i + 1) + ")");
            }
        }
        int bad = name.codePoints().filter(Filenames::isForbidden).findFirst().orElse(-1);
        if (bad >= 0) {
            return Optional.of("contains the control or formatting character U+" + String.format("%04X", bad));
        }
        return Optional.empty();
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * C0 and C1 controls (NUL, CR, LF, TAB, DEL...), line and paragraph separators, the byte-order mark,
     * and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that reorder what a
     * reader sees. Joiners and the left-to-right / right-to-left marks stay allowed: Arabic and Persian
     * names legitimately use them and they cannot reorder a whole name.
     */
    private static boolean isForbidden(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
