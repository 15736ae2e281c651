package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1 234,56 €        | 1234.56 | EUR",
            "1.234,56 DH       | 1234.56 | MAD",
            "1 234,56 MAD      | 1234.56 | MAD",
            "MAD 1,234.56      | 1234.56 | MAD",
            "€1,234.56         | 1234.56 | EUR",
            "1234.56           | 1234.56 |",
            "1 234,56          | 1234.56 |",
            "1\u202F234,56 €   | 1234.56 | EUR",
            "1\u00A0234,56 Dhs | 1234.56 | MAD",
            "$1,234,567.89     | 1234567.89 | USD",
            "USD 950           | 950     | USD",
            "£ 2,460.00        | 2460.00 | GBP",
            "1'234.50 CHF      | 1234.50 | CHF",
            "12,5 EUR          | 12.50   | EUR",
            "10.000,00 درهم    | 10000.00 | MAD",
            "1 200 euros       | 1200    | EUR",
    })
    void readsFrenchMoroccanAndEnglishNotations(String printed, String value, String currency) {
        List<Amounts.Money> found = Amounts.find(InvoiceText.normalize(printed));
        assertThat(found).hasSize(1);
        assertThat(Amounts.plain(found.get(0).value())).isEqualTo(value);
        assertThat(found.get(0).currency()).isEqualTo(currency);
    }

    @Test
    void arabicIndicDigitsAndSeparatorsBecomeAscii() {
        List<Amounts.Money> found = Amounts.find(InvoiceText.normalize("١٢٬٠٠٠٫٥٠ درهم"));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("12000.50");
            assertThat(m.currency()).isEqualTo("MAD");
        });
        assertThat(Amounts.find(InvoiceText.normalize("۱۲۳۴٫۵۶"))).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("1234.56"));
    }

    @ParameterizedTest(name = "not money: {0}")
    @CsvSource(delimiter = '|', value = {
            "20 %",
            "20%",
            "30 jours",
            "F2025-017",
            "FA-2025/0042",
            "31/01/2025",
            "Tél : 05 22 34 56 78",
            "+212 522 345 678",
            "+33 1 23 45 67 89",
            "1.234.56",
            "1,234,56",
    })
    void ratesDatesIdentifiersAndPhonesAreNotAmounts(String text) {
        assertThat(Amounts.find(InvoiceText.normalize(text))).isEmpty();
    }

    @Test
    void thousandsGroupsKeepColumnsApart() {
        // quantity 2, then 1 234,56: the group rule keeps them two numbers
        List<Amounts.Money> found = Amounts.find("2 1 234,56");
        assertThat(found).extracting(m -> Amounts.plain(m.value())).containsExactly("2", "1234.56");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1 234      | 1234",
            "1,234      | 1234",
            "1.234.567  | 1234567",
            "1.234,5    | 1234.50",
            "0,50       | 0.50",
    })
    void parseDecidesTheDecimalMark(String printed, String expected) {
        assertThat(Amounts.parse(printed)).hasValue(new BigDecimal(expected));
    }

    @Test
    void parseRefusesWhatCannotBeMoney() {
        assertThat(Amounts.parse("1.2345")).isEmpty();
        assertThat(Amounts.parse("12 34,00")).isEmpty();
        assertThat(Amounts.parse("0 500")).isEmpty();
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        assertThat(Amounts.find("Remise : -100,00 €")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("-100.00"));
    }
}
