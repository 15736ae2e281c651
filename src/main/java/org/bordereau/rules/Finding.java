package org.bordereau.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a check found: a status, the values its message quotes (by placeholder name; a value is a
 * string, a number, a date, a {@link Term} or a list of them) and the evidence it looked at.
 * {@code noClaims}: the check needs claims and the case has none (a shared message says so).
 */
record Finding(Completeness.Status status, Map<String, Object> values, Evidence evidence, boolean noClaims) {

    /** A word the message takes from the pack's terms in the reader's language, with an optional suffix. */
    record Term(String key, String suffix) {
        Term(String key) {
            this(key, "");
        }
    }

    static Finding ok(Evidence evidence, Object... namesAndValues) {
        return new Finding(Completeness.Status.OK, values(namesAndValues), evidence, false);
    }

    static Finding missing(Evidence evidence, Object... namesAndValues) {
        return new Finding(Completeness.Status.MISSING, values(namesAndValues), evidence, false);
    }

    static Finding warning(Evidence evidence, Object... namesAndValues) {
        return new Finding(Completeness.Status.WARNING, values(namesAndValues), evidence, false);
    }

    static Finding withoutClaims() {
        return new Finding(Completeness.Status.MISSING, Map.of(), Evidence.NONE, true);
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values come as name, value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
