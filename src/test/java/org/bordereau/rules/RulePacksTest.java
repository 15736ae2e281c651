package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.rules.Fixtures.PACKS;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule packs are data with sources, and say what LEGAL.md says. */
class RulePacksTest {
    @Test
    void bothJurisdictionsLoad() {
        assertThat(PACKS.jurisdictions()).containsExactlyInAnyOrder("MA", "FR");
    }

    @Test
    void franceIsEcbPlusTenPerHalfYearFlooredForContractsWithFortyEuros() {
        RulePack fr = PACKS.pack("FR");
        assertThat(fr.lateInterest().reference().table()).isEqualTo("ecb-mro");
        assertThat(fr.lateInterest().reference().fixing()).isEqualTo(RulePack.RateFixing.HALF_YEAR);
        assertThat(fr.lateInterest().marginPoints()).isEqualByComparingTo("10");
        assertThat(fr.lateInterest().floor().multiplier()).isEqualByComparingTo("3");
        assertThat(fr.lateInterest().floor().appliesTo()).isEqualTo(RulePack.FloorScope.CONTRACTUAL_RATE);
        assertThat(fr.lateInterest().dayCountDays()).isEqualTo(365);
        assertThat(fr.fixedIndemnity().amount()).isEqualByComparingTo("40");
        assertThat(fr.fixedIndemnity().basis().source()).contains("D441-5");
        assertThat(fr.imputation().order()).isEqualTo(RulePack.ImputationOrder.INTEREST_FIRST);
        assertThat(fr.imputation().basis().source()).contains("1343-1");
        assertThat(fr.prescription().years()).isEqualTo(5);
        assertThat(fr.prescription().notInterruptedBy()).extracting(RulePack.InterruptionRule::kind)
                .containsExactly(InterruptionKind.FORMAL_DEMAND);
        assertThat(fr.treasuryFine()).isNull();
    }

    @Test
    void moroccoIsKeyRatePlusSevenAsALowConfidenceParameterWithoutFixedIndemnity() {
        RulePack ma = PACKS.pack("MA");
        assertThat(ma.lateInterest().reference().table()).isEqualTo("bam-key-rate");
        assertThat(ma.lateInterest().reference().fixing()).isEqualTo(RulePack.RateFixing.ON_CHANGE);
        assertThat(ma.lateInterest().marginPoints()).isEqualByComparingTo("7");
        assertThat(ma.lateInterest().basis().confidence()).isEqualTo(Confidence.LOW);
        assertThat(ma.lateInterest().floor()).isNull();
        assertThat(ma.fixedIndemnity().amount()).isZero();
        assertThat(ma.prescription().interruptedBy())
                .filteredOn(r -> r.kind() == InterruptionKind.FORMAL_DEMAND)
                .singleElement().satisfies(r -> assertThat(r.requiresDateCertaine()).isTrue());
        assertThat(ma.treasuryFine().monthlyIncrementPoints()).isEqualByComparingTo("0.85");
        assertThat(ma.treasuryFine().basis().source()).contains("DGI");
    }

    @Test
    void aPackWhoseTableIsMissingIsRefused() {
        RulePack fr = PACKS.pack("FR");
        assertThatThrownBy(() -> new RulePacks(Map.of("FR", fr), Map.of("ecb-mro", PACKS.table("ecb-mro"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lateInterest.floor.table 'fr-legal-rate' is not a loaded rate table");
    }

    @Test
    void aRuleWithoutSourceIsRefused() {
        RulePack fr = PACKS.pack("FR");
        Basis unsourced = new Basis("FR.x", " ", Confidence.HIGH, null, null);
        RulePack broken = new RulePack("FR", fr.title(), fr.lateInterest(),
                new RulePack.IndemnityRule(unsourced, fr.fixedIndemnity().amount(), "EUR"), fr.allocation(),
                fr.imputation(), fr.prescription(), null);
        assertThatThrownBy(() -> new RulePacks(Map.of("FR", broken), Map.of(
                "ecb-mro", PACKS.table("ecb-mro"), "fr-legal-rate", PACKS.table("fr-legal-rate"))))
                .hasMessageContaining("fixedIndemnity.basis needs rule, source, confidence and effectiveFrom");
    }
}
