package org.bordereau.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement of account (DESIGN.md §4): per invoice principal, payments, days late, late interest,
 * indemnities and prescription date; totals; the legal basis of every figure; information not
 * claimed (MA: Treasury fine exposure); and warnings a reader must see (LOW-confidence rules, rate
 * tables not known to be complete up to {@code asOf}, events that were not counted): {@code notices}
 * as data, which documents print in their reader's language ({@link StatementTexts}), and
 * {@code warnings}, the same in English for API clients and logs.
 */
public record Statement(LocalDate asOf, String jurisdiction, String currency, List<StatementLine> lines,
        StatementTotals totals, List<Basis> basis, Information information, List<String> warnings,
        List<StatementWarning> notices) {
    public Statement {
        lines = List.copyOf(lines);
        basis = List.copyOf(basis);
        warnings = List.copyOf(warnings);
        notices = List.copyOf(notices);
    }
}
