package org.bordereau.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the debtor is exposed to towards the Treasury (MA Loi 69-21): information to quote as a
 * pressure lever, never an amount the creditor claims ({@code claimed} is always false, and it is
 * never part of the totals). {@code confidence}: the weakest of the rule, the method ({@code method}
 * explains it) and the key rates used.
 */
public record TreasuryFineExposure(boolean claimed, Basis basis, Confidence confidence, BigDecimal total,
        List<TreasuryFineLine> lines, String method) {
    public TreasuryFineExposure {
        lines = List.copyOf(lines);
    }
}
