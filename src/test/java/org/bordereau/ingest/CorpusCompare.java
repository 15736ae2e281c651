package org.bordereau.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When an extracted value counts as the expected one. The rules, per field:
 * <ul>
 *   <li>amounts ({@code totalAmount}, {@code netAmount}, {@code taxAmount}, {@code amountDue}):
 *       numerically equal ({@link BigDecimal#compareTo}); a value that is not a plain decimal is wrong;</li>
 *   <li>dates ({@code issueDate}, {@code dueDate}): the same ISO {@code YYYY-MM-DD} string;</li>
 *   <li>{@code currency}: the same code, ignoring case;</li>
 *   <li>{@code invoiceNumber}: the same, ignoring case and white space (punctuation counts);</li>
 *   <li>ids ({@code sellerId}, {@code buyerId}): the same letters and digits, ignoring case, spaces,
 *       dots and dashes ({@code FR 87 412 789 539} = {@code FR87412789539});</li>
 *   <li>names ({@code sellerName}, {@code buyerName}): equal after {@link #normaliseName}: accents,
 *       case and punctuation dropped, {@code &} read as "and", and legal forms (SARL, SAS, SA, GmbH,
 *       Ltd, Inc, B.V., ApS, ش.م.م ...), articles, "and"/"et" and honorifics (M., Mme, Mr) ignored.
 *       So "Matériaux Atlas SARL" = "MATERIAUX ATLAS" but "Atlas" ≠ "Matériaux Atlas".</li>
 * </ul>
 * An expected field may list other acceptable values (a party's trade name beside its registered name,
 * its VAT number beside its SIREN): matching any of them is correct.
 */
final class CorpusCompare {

    private static final Set<String> AMOUNTS = Set.of("totalAmount", "netAmount", "taxAmount", "amountDue");
    private static final Set<String> DATES = Set.of("issueDate", "dueDate");
    private static final Set<String> IDS = Set.of("sellerId", "buyerId");
    private static final Set<String> NAMES = Set.of("sellerName", "buyerName");

    /** Words a party name may carry or drop without being another party. */
    private static final Set<String> IGNORED_NAME_WORDS = Set.of(
            // legal forms, French and Moroccan
            "sarl", "sarlau", "sas", "sasu", "sa", "eurl", "ei", "eirl", "snc", "sci", "selarl", "selas", "scop",
            "au", "ste", "societe", "cie",
            // legal forms, elsewhere
            "gmbh", "ag", "kg", "ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated", "corp",
            "corporation", "co", "company", "bv", "nv", "aps", "as", "asa", "ab", "oy", "ehf", "spa", "srl", "pc",
            // Arabic: ش.م.م (SARL), ش.ذ.م.م, ش.م (SA), and "company"
            "شمم", "شذمم", "شم", "شركة",
            // articles, connectives, honorifics
            "the", "le", "la", "les", "l", "and", "et", "und", "m", "mme", "mlle", "mr", "mrs", "ms", "dr");

    private CorpusCompare() {}

    static boolean matches(String field, String extracted, List<String> accepted) {
        for (String expected : accepted) {
            if (same(field, extracted, expected)) {
                return true;
            }
        }
        return false;
    }

    static boolean same(String field, String extracted, String expected) {
        if (extracted == null) {
            return false;
        }
        String got = extracted.trim();
        if (AMOUNTS.contains(field)) {
            try {
                return new BigDecimal(got).compareTo(new BigDecimal(expected.trim())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (DATES.contains(field)) {
            return got.equals(expected.trim());
        }
        if (field.equals("currency")) {
            return got.equalsIgnoreCase(expected.trim());
        }
        if (field.equals("invoiceNumber")) {
            return got.replaceAll("\\s+", "").equalsIgnoreCase(expected.replaceAll("\\s+", ""));
        }
        if (IDS.contains(field)) {
            return normaliseId(got).equals(normaliseId(expected));
        }
        if (NAMES.contains(field)) {
            String a = normaliseName(got);
            return !a.isEmpty() && a.equals(normaliseName(expected));
        }
        return got.equals(expected.trim());
    }

    static String normaliseId(String id) {
        return id.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    static String normaliseName(String name) {
        StringBuilder joined = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            // dotted initials as one word: S.A. -> SA, B.V. -> BV, S.A.R.L -> SARL, ش.م.م -> شمم
            joined.append(word.matches("(\\p{L}\\.)+\\p{L}?\\.?") ? word.replace(".", "") : word).append(' ');
        }
        String s = Normalizer.normalize(joined.toString(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        List<String> kept = new ArrayList<>();
        for (String word : s.split(" ")) {
            if (!word.isEmpty() && !IGNORED_NAME_WORDS.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }
}
