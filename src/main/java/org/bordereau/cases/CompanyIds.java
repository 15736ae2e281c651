package org.bordereau.cases;

import java.math.BigInteger;

/**
 * Check digits of company identifiers (LEGAL.md §4-5). Input is already digits only, of the right length.
 */
final class CompanyIds {
    /** La Poste's SIREN; its establishments' SIRETs do not follow Luhn (see {@link #siretChecks}). */
    static final String LA_POSTE_SIREN = "356000000";
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CompanyIds() {}

    /**
     * Moroccan ICE (Décret 2-11-63): 9 digits company, 4 establishment, 2 key. No official key
     * algorithm is published; the rule seen in use and matching known ICEs is "the whole number is
     * divisible by 97" (LEGAL.md §4, confidence LOW-MEDIUM), so a mismatch is only ever a warning.
     */
    static boolean iceKeyMatches(String ice) {
        return new BigInteger(ice).mod(NINETY_SEVEN).signum() == 0;
    }

    /** SIREN: 9 digits whose Luhn sum is a multiple of 10 (INSEE). La Poste's 356000000 passes too. */
    static boolean sirenChecks(String siren) {
        return luhn(siren);
    }

    /**
     * SIRET = SIREN + 5-digit NIC, Luhn over the 14 digits. La Poste's establishments are numbered
     * with a different key: the sum of the 14 digits is a multiple of 5 (the head office,
     * 35600000000048, passes Luhn instead), as python-stdnum {@code fr/siret.py} implements.
     */
    static boolean siretChecks(String siret) {
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return luhn(siret) || digitSum(siret) % 5 == 0;
        }
        return luhn(siret) && luhn(siret.substring(0, 9));
    }

    /** Luhn (ISO/IEC 7812-1 annex B): from the right, double every second digit, sum digit-wise. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
