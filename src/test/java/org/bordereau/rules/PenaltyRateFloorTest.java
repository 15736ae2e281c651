package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.PACKS;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.m;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 3 × legal-rate floor of C. com. L441-10 II. Same invoice throughout: F-L, 1 000.00 EUR due
 * 2024-02-15, statement as of 2024-03-15, 29 days late (2024-02-16 .. 2024-03-15, 29 February included).
 * Legal rate "autres cas" 2024 S1: 5.07 % -> floor 15.21 %; ECB on 2024-01-01 4.50 -> default 14.50 %.
 */
class PenaltyRateFloorTest {
    private static final List<ClaimLine> CLAIMS = List.of(claim("F-L", "2024-01-16", "2024-02-15", "1000.00"));

    private static StatementRequest request(BigDecimal contractualRate) {
        return new StatementRequest("FR", "EUR", d("2024-03-15"), CLAIMS, List.of(), List.of(), contractualRate);
    }

    @Test
    void theDefaultRateIsNotRaisedToTheFloor() {
        // 1 000 x 14.50 x 29 / 36 500 = 420 500 / 36 500 = 11.52, although 14.50 < 15.21
        InterestPeriod p = CALCULATOR.compute(request(null)).lines().get(0).periods().get(0);
        assertThat(p.rate()).isEqualByComparingTo("14.50");
        assertThat(p.interest()).isEqualTo(m("11.52"));
    }

    @Test
    void aContractualRateBelowTheFloorIsRaisedToIt() {
        // 5 % agreed < 3 x 5.07 = 15.21 %: 1 000 x 15.21 x 29 / 36 500 = 441 090 / 36 500 = 12.0846 -> 12.08
        Statement s = CALCULATOR.compute(request(m("5")));
        InterestPeriod p = s.lines().get(0).periods().get(0);
        assertThat(p.rate()).isEqualByComparingTo("15.21");
        assertThat(p.interest()).isEqualTo(m("12.08"));
        assertThat(p.rateBasis()).isEqualTo("contractual rate 5.00 %, raised to the floor 3 × French legal interest"
                + " rate (other cases) 5.07 % (in force since 2024-01-01)");
        assertThat(s.basis()).extracting(Basis::rule)
                .contains("FR.contractual-rate", "FR.penalty-rate-floor")
                .doesNotContain("FR.penalty-rate-per-half-year");
    }

    @Test
    void aContractualRateAboveTheFloorApplies() {
        // 1 000 x 20 x 29 / 36 500 = 580 000 / 36 500 = 15.890... -> 15.89
        InterestPeriod p = CALCULATOR.compute(request(m("20"))).lines().get(0).periods().get(0);
        assertThat(p.rate()).isEqualByComparingTo("20");
        assertThat(p.interest()).isEqualTo(m("15.89"));
    }

    @Test
    void withTheFloorOnAnyRateTheDefaultIsRaisedToo() {
        // The pack parameter appliesTo = ANY_RATE reads the floor as bounding the default rate as well:
        // 14.50 < 15.21 -> 15.21 % -> 12.08
        RulePack fr = PACKS.pack("FR");
        RulePack.LateInterestRule li = fr.lateInterest();
        RulePack.FloorRule floor = new RulePack.FloorRule(li.floor().table(), li.floor().multiplier(),
                RulePack.FloorScope.ANY_RATE, li.floor().basis());
        RulePack anyRate = new RulePack("FR", fr.title(), new RulePack.LateInterestRule(li.basis(), li.reference(),
                li.marginPoints(), floor, li.dayCountDays()), fr.fixedIndemnity(), fr.allocation(), fr.imputation(),
                fr.prescription(), null);
        StatementCalculator calculator = new StatementCalculator(new RulePacks(Map.of("FR", anyRate),
                Map.of("ecb-mro", PACKS.table("ecb-mro"), "fr-legal-rate", PACKS.table("fr-legal-rate"))));
        InterestPeriod p = calculator.compute(request(null)).lines().get(0).periods().get(0);
        assertThat(p.rate()).isEqualByComparingTo("15.21");
        assertThat(p.interest()).isEqualTo(m("12.08"));
    }
}
