package org.bordereau.cases;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a listing needs of a case to filter and sort it, kept for every case of a tenant while the
 * full {@link Case} is kept only for the recently used ones: about 250 bytes against about 10 KB for a
 * realistic case (docs/DESIGN-NOTES.md, "Case cache"). {@code reference} and {@code debtor} are already
 * folded for search (see {@link #fold}); {@code version} tells a refresh whether the case moved.
 */
record CaseSummary(String id, Stage stage, Instant updatedAt, long version, String reference, String debtor) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static CaseSummary of(Case c) {
        return new CaseSummary(c.id(), c.stage(), c.updatedAt(), c.version(), fold(c.reference()),
                fold(c.debtor() == null ? null : c.debtor().name()));
    }

    /** Whether a listing with this stage (null: any) and folded needle (null: any) shows the case. */
    boolean matches(Stage wanted, String needle) {
        return (wanted == null || stage == wanted)
                && (needle == null || reference.contains(needle) || debtor.contains(needle));
    }

    /** Case- and accent-insensitive form for search: NFD, combining marks removed, lower case. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
