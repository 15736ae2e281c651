package org.bordereau.cases;

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

    private final Ulids ulids;

    CaseIds(Clock clock) {
        this.ulids = new Ulids(clock);
    }

    String newCaseId() {
        return ulids.next();
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
