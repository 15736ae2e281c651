package org.bordereau.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a reader of a statement of account must know, as data: a {@link Code} and the values its
 * text names (invoice numbers, dates, amounts, rule ids, cited sources). {@link StatementTexts} says it
 * in fr, ar or en, so that an Arabic statement is Arabic throughout. Two equal warnings are one.
 */
public record StatementWarning(Code code, Map<String, Object> values) {
    /** What happened; each has a text per language in {@value StatementTexts#RESOURCE}. */
    public enum Code {
        PAYMENT_AFTER_STATEMENT,
        CREDIT_TO_DEBTOR,
        LOW_CONFIDENCE_RULE,
        FIXED_INDEMNITY_OTHER_CURRENCY,
        LATE_BEFORE_RULE,
        RATE_TABLE_UNCHECKED,
        TREASURY_FINE_BEFORE_RULE,
        INTERRUPTION_AFTER_STATEMENT,
        INTERRUPTION_NOT_COUNTED,
        INTERRUPTION_REFUSED,
        INTERRUPTION_NEEDS_DATE_CERTAINE,
        INTERRUPTION_AFTER_PRESCRIPTION
    }

    public StatementWarning {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** This warning with one more named value. */
    StatementWarning with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(name, value);
        return new StatementWarning(code, more);
    }

    /** {@code namesAndValues}: name, value, name, value… */
    static StatementWarning of(Code code, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new StatementWarning(code, values);
    }
}
