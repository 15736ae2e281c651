package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.rules.Fixtures.PACKS;
import static org.bordereau.rules.Fixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate tables load from their data files and answer on both sides of every boundary. */
class RateTableTest {
    private final RateTable ecb = PACKS.table("ecb-mro");
    private final RateTable legal = PACKS.table("fr-legal-rate");
    private final RateTable bam = PACKS.table("bam-key-rate");

    @Test
    void ecbRateOnTheDayBeforeAndTheDayOfAChange() {
        assertThat(ecb.rateOn(d("2024-06-11"))).isEqualByComparingTo("4.50");
        assertThat(ecb.rateOn(d("2024-06-12"))).isEqualByComparingTo("4.25");
        assertThat(ecb.rateOn(d("2024-09-17"))).isEqualByComparingTo("4.25");
        assertThat(ecb.rateOn(d("2024-09-18"))).isEqualByComparingTo("3.65");
        assertThat(ecb.rateOn(d("2024-12-17"))).isEqualByComparingTo("3.40");
        assertThat(ecb.rateOn(d("2024-12-18"))).isEqualByComparingTo("3.15");
        assertThat(ecb.rateOn(d("2025-06-10"))).isEqualByComparingTo("2.40");
        assertThat(ecb.rateOn(d("2025-06-11"))).isEqualByComparingTo("2.15");
        assertThat(ecb.rateOn(d("1999-01-01"))).isEqualByComparingTo("3.00");
        assertThat(ecb.rateOn(d("2020-05-05"))).isEqualByComparingTo("0.00");
        assertThat(ecb.entryOn(d("2025-01-01")).effectiveFrom()).isEqualTo(d("2024-12-18"));
    }

    @Test
    void ecbChangesInAPeriodAreListedInOrder() {
        assertThat(ecb.changesBetween(d("2025-01-01"), d("2025-06-30"))).extracting(RateEntry::effectiveFrom)
                .containsExactly(d("2025-02-05"), d("2025-03-12"), d("2025-04-23"), d("2025-06-11"));
        assertThat(ecb.changesBetween(d("2025-06-11"), d("2025-06-11"))).hasSize(1);
        assertThat(ecb.changesBetween(d("2025-06-12"), d("2025-12-31"))).isEmpty();
    }

    @Test
    void frenchLegalRateChangesEachHalfYear() {
        assertThat(legal.rateOn(d("2024-06-30"))).isEqualByComparingTo("5.07");
        assertThat(legal.rateOn(d("2024-07-01"))).isEqualByComparingTo("4.92");
        assertThat(legal.rateOn(d("2025-06-30"))).isEqualByComparingTo("3.71");
        assertThat(legal.rateOn(d("2025-07-01"))).isEqualByComparingTo("2.76");
        assertThat(legal.rateOn(d("2026-01-01"))).isEqualByComparingTo("2.62");
        assertThat(legal.checkedThrough()).contains(d("2026-06-30"));
    }

    @Test
    void bankAlMaghribRateChangesOnTheDayItTookEffect() {
        assertThat(bam.rateOn(d("2024-06-26"))).isEqualByComparingTo("3.00");
        assertThat(bam.rateOn(d("2024-06-27"))).isEqualByComparingTo("2.75");
        assertThat(bam.rateOn(d("2024-12-18"))).isEqualByComparingTo("2.75");
        assertThat(bam.rateOn(d("2024-12-19"))).isEqualByComparingTo("2.50");
        assertThat(bam.rateOn(d("2025-03-19"))).isEqualByComparingTo("2.50");
        assertThat(bam.rateOn(d("2025-03-20"))).isEqualByComparingTo("2.25");
        assertThat(bam.entryOn(d("2025-03-20")).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(bam.checkedThrough()).contains(d("2025-12-16"));
        assertThat(bam.label()).isEqualTo("Bank Al-Maghrib key rate");
    }

    @Test
    void everyRowCarriesASourceAndAConfidence() {
        for (RateTable table : List.of(ecb, legal, bam)) {
            assertThat(table.entries()).allSatisfy(entry -> {
                assertThat(entry.source()).isNotBlank();
                assertThat(entry.confidence()).isNotNull();
            });
        }
    }

    @Test
    void noRateBeforeTheFirstRow() {
        assertThatThrownBy(() -> ecb.rateOn(d("1998-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ecb-mro rate before 1999-01-01");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndItsLine() {
        String text = "# checkedThrough: 2025-01-01\n"
                + "effectiveFrom,rate,source,confidence,note\n"
                + "2024-01-01,abc,somewhere,HIGH,\n"
                + "2024-06-01,2.00,,HIGH,\n"
                + "2024-03-01,2.50,somewhere,SURE,\n"
                + "2024-02-01,2.50,somewhere,LOW,a note, with a comma\n"
                + "2024-01-15,2.60,somewhere,LOW,\n";
        assertThatThrownBy(() -> RateTable.parse("test", text))
                .hasMessageContaining("line 3")
                .hasMessageContaining("line 4: every rate needs a source")
                .hasMessageContaining("line 5")
                .hasMessageContaining("effectiveFrom must increase: 2024-01-15 follows 2024-02-01");
    }

    @Test
    void theLastColumnMayHoldCommas() {
        RateTable t = RateTable.parse("t", "effectiveFrom,rate,source,confidence,note\n2024-01-01,1.5,src,LOW,a, b, c\n");
        assertThat(t.entries().get(0).note()).isEqualTo("a, b, c");
        assertThat(t.checkedThrough()).isEmpty();
        assertThat(t.label()).isEqualTo("t");
    }
}
