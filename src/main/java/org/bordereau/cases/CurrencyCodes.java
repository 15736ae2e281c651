package org.bordereau.cases;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * Which ISO 4217 codes a claim may be expressed in. The JDK knows more than current currencies:
 * funds, precious metals, the test code, and withdrawn national currencies (ISO 4217 list H).
 */
final class CurrencyCodes {
    /** Codes for the "no currency" and test uses (ISO 4217 §5): never money owed. */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");
    /** Fund codes (ISO 4217 list A, "fund" entries): units of account, not means of payment. */
    private static final Set<String> FUNDS = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS",
            "UYI", "UYW");
    /** Withdrawn codes still in the JDK's table (ISO 4217 list H). */
    private static final Set<String> WITHDRAWN = Set.of("ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB",
            "BYR", "CSD", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL",
            "LUF", "LVL", "MGF", "MRO", "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SRG", "STD",
            "TMM", "TPE", "TRL", "VEB", "VEF", "YUM", "ZMK", "ZWD", "ZWN", "ZWR", "XFO", "XFU");

    private CurrencyCodes() {}

    /** Why {@code code} (three upper-case letters) cannot be a claim's currency; empty if it can. */
    static Optional<String> problem(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not an ISO 4217 currency code");
        }
        if (NOT_MONEY.contains(code)) {
            return Optional.of("is an ISO 4217 code for testing or \"no currency\", not money");
        }
        if (FUNDS.contains(code)) {
            return Optional.of("is an ISO 4217 fund code (a unit of account), not a currency");
        }
        if (WITHDRAWN.contains(code)) {
            return Optional.of("is a withdrawn currency (ISO 4217 list H)");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            // precious metals (XAU...), SDR (XDR), bond-market units (XBA...): no minor unit, not money owed
            return Optional.of("is an ISO 4217 code for a metal or unit of account, not a currency");
        }
        return Optional.empty();
    }
}
