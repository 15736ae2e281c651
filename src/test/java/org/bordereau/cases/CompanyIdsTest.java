package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyIdsTest {
    @Test
    void knownIcesMatchTheMod97Key() {
        // the two ICEs of python-stdnum's ma.ice doctests (LEGAL.md §4)
        assertThat(CompanyIds.iceKeyMatches("001561191000066")).isTrue();
        assertThat(CompanyIds.iceKeyMatches("002136093000040")).isTrue();
        assertThat(CompanyIds.iceKeyMatches("002136093000041")).isFalse();
    }

    @Test
    void sirenAndSiretFollowLuhn() {
        assertThat(CompanyIds.sirenChecks("732829320")).isTrue();
        assertThat(CompanyIds.sirenChecks("732829321")).isFalse();
        assertThat(CompanyIds.siretChecks("73282932000074")).isTrue();
        assertThat(CompanyIds.siretChecks("73282932000075")).isFalse();
    }

    @Test
    void laPosteIsAnExceptionForItsEstablishmentsOnly() {
        assertThat(CompanyIds.sirenChecks("356000000")).as("La Poste's SIREN itself passes Luhn").isTrue();
        assertThat(CompanyIds.siretChecks("35600000000048")).as("head office: Luhn").isTrue();
        assertThat(CompanyIds.siretChecks("35600000009075")).as("establishment: digit sum 35").isTrue();
        assertThat(CompanyIds.siretChecks("35600000009076")).isFalse();
    }

    @Test
    void aSiretNeedsAValidSirenInFront() {
        // Luhn-valid over 14 digits, but its first nine digits are not a SIREN
        String siret = "73282932100015";
        assertThat(CompanyIds.luhn(siret)).isTrue();
        assertThat(CompanyIds.siretChecks(siret)).isFalse();
    }
}
