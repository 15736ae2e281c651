package org.bordereau.cases;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tenant and case identifiers. Both become parts of storage keys ({@code t/{tenant}/cases/{caseId}/...}),
 * so both have a closed alphabet and nothing a user types can form an odd key.
 *
 * <p>Case ids are ULIDs (ulid/spec): 48 bits of milliseconds then 80 random bits, 26 characters of
 * Crockford base32. They sort by creation time, need no coordination between instances, and the
 * random part makes them unguessable.
 */
final class CaseIds {
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** Crockford base32 without I, L, O, U; a 48-bit timestamp makes the first character 0-7. */
    private static final Pattern CASE_ID = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseIds(Clock clock) {
        this.clock = clock;
    }

    String newCaseId() {
        long millis = clock.millis();
        byte[] noise = new byte[10];
        random.nextBytes(noise);
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) { // 10 chars x 5 bits = 50 bits, the top 2 are zero
            out[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (noise[i] & 0xff);
            lo = (lo << 8) | (noise[i + 5] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }

    /** The canonical (upper-case) id, or empty when the text cannot be a case id: callers answer "not found". */
    static Optional<String> parseCaseId(String text) {
        if (text == null || text.length() != 26) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT); // ULIDs are case-insensitive (ulid/spec)
        return CASE_ID.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }

    /** Tenants come from API keys, never from a request body: a bad one is a programming error. */
    static String requireTenant(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant must match " + TENANT.pattern());
        }
        return tenant;
    }

    static String requireCaseId(String caseId) {
        return parseCaseId(caseId).filter(caseId::equals)
                .orElseThrow(() -> new IllegalArgumentException("not a canonical case id"));
    }
}
