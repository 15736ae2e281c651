package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Amounts, dates and sums in words as each language writes them on a letter. */
class FormatsTest {
    static final Map<Language, Formats> F = Formats.load();
    static final BigDecimal SUM = new BigDecimal("41197.15");

    @Test
    void amountsFollowTheLanguage() {
        assertThat(F.get(Language.FR).amount(new BigDecimal("1234.56"), "EUR")).isEqualTo("1\u00a0234,56\u00a0€");
        assertThat(F.get(Language.FR).amount(new BigDecimal("1234.56"), "MAD")).isEqualTo("1\u00a0234,56\u00a0MAD");
        assertThat(F.get(Language.EN).amount(new BigDecimal("1234.56"), "EUR")).isEqualTo("EUR\u00a01,234.56");
        // one run of digits inside right-to-left text: "." groups, "," is the decimal mark
        assertThat(F.get(Language.AR).amount(new BigDecimal("1234.56"), "MAD")).isEqualTo("1.234,56 درهم");
    }

    @Test
    void datesAreWrittenOutWithMoroccanMonthNamesForMoroccanFiles() {
        LocalDate day = LocalDate.of(2025, 8, 15);
        assertThat(F.get(Language.FR).date(day, "FR")).isEqualTo("15 août 2025");
        assertThat(F.get(Language.EN).date(day, "MA")).isEqualTo("15 August 2025");
        assertThat(F.get(Language.AR).date(day, "MA")).isEqualTo("15 غشت 2025");
        assertThat(F.get(Language.AR).date(day, "FR")).isEqualTo("15 أغسطس 2025");
    }

    @Test
    void sumsAreSpelledOutInEachLanguage() {
        assertThat(F.get(Language.FR).words(SUM, "EUR"))
                .isEqualTo("quarante-et-un mille cent quatre-vingt-dix-sept euros et quinze centimes");
        assertThat(F.get(Language.FR).words(new BigDecimal("1.00"), "MAD")).isEqualTo("un dirham");
        assertThat(F.get(Language.EN).words(SUM, "EUR"))
                .isEqualTo("forty-one thousand one hundred ninety-seven euros and fifteen cents");
        assertThat(F.get(Language.AR).words(SUM, "MAD"))
                .isEqualTo("واحد وأربعون ألف ومائة وسبعة وتسعون درهما وخمسة عشر سنتيما");
    }
}
