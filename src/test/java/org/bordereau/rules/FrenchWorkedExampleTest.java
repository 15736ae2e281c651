package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.m;
import static org.bordereau.rules.Fixtures.payment;
import static org.bordereau.rules.Fixtures.request;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example (a): France, a partial payment and a rate change at 1 July, computed by hand.
 *
 * <pre>
 * Invoice F-2025-017, issued 2025-01-15, due 2025-02-14, 10 000.00 EUR.
 * Payment "VIR 88", 2 500.00 on 2025-04-10, not designated. Statement as of 2025-09-30.
 *
 * Rate (C. com. L441-10 II): ECB MRO in force on 1 January / 1 July + 10 points, per half-year.
 *   2025 S1: ECB on 2025-01-01 = 3.15 (since 2024-12-18) -> 13.15 %
 *   2025 S2: ECB on 2025-07-01 = 2.15 (since 2025-06-11) -> 12.15 %
 *   The ECB cuts of 5 Feb, 12 Mar, 23 Apr and 11 Jun 2025 change nothing inside a half-year.
 *   No contractual rate: the 3 x legal-rate floor bounds contractual rates only (not applied).
 *
 * Period 1: 2025-02-15 .. 2025-04-10 = 14 + 31 + 10 = 55 days, 10 000.00 at 13.15 %
 *   10 000.00 x 13.15 x 55 / 36 500 = 7 232 500 / 36 500 = 198.1506... -> 198.15
 * Payment 2 500.00 on 2025-04-10 (the old principal bears interest that day), interest first
 * (C. civ. 1343-1): 198.15 to penalties, 2 301.85 to principal -> principal 7 698.15
 * Period 2: 2025-04-11 .. 2025-06-30 = 20 + 31 + 30 = 81 days, 7 698.15 at 13.15 %
 *   7 698.15 x 13.15 x 81 / 36 500 = 8 199 684.4725 / 36 500 = 224.6488... -> 224.65
 * Period 3: 2025-07-01 .. 2025-09-30 = 31 + 31 + 30 = 92 days, 7 698.15 at 12.15 %
 *   7 698.15 x 12.15 x 92 / 36 500 = 8 604 992.07 / 36 500 = 235.7532... -> 235.75
 *
 * Penalties accrued 198.15 + 224.65 + 235.75 = 658.55; paid 198.15; still due 460.40
 * Fixed indemnity (D441-5): 40.00
 * Total due 7 698.15 + 460.40 + 40.00 = 8 198.55
 * Check: principal + accrued + indemnity - paid = 10 000.00 + 658.55 + 40.00 - 2 500.00 = 8 198.55
 * Days late: 2025-02-14 -> 2025-09-30 = 55 + 81 + 92 = 228
 * Prescription: 2025-02-14 + 5 y = 2030-02-14; the part payment of 2025-04-10 is a tacit
 * acknowledgment (C. civ. 2240) -> 2030-04-10.
 * </pre>
 */
class FrenchWorkedExampleTest {
    private final Statement statement = CALCULATOR.compute(request("FR", "EUR", "2025-09-30",
            List.of(claim("F-2025-017", "2025-01-15", "2025-02-14", "10000.00")),
            List.of(payment("2025-04-10", "2500.00", "VIR 88", null))));

    @Test
    void periodsSplitAtThePaymentAndAtFirstJuly() {
        List<InterestPeriod> periods = statement.lines().get(0).periods();
        assertThat(periods).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days)
                .containsExactly(
                        tuple(d("2025-02-15"), d("2025-04-10"), 55L),
                        tuple(d("2025-04-11"), d("2025-06-30"), 81L),
                        tuple(d("2025-07-01"), d("2025-09-30"), 92L));
        assertThat(periods).extracting(InterestPeriod::base)
                .containsExactly(m("10000.00"), m("7698.15"), m("7698.15"));
        assertThat(periods).extracting(InterestPeriod::rate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(m("13.15"), m("13.15"), m("12.15"));
        assertThat(periods).extracting(InterestPeriod::interest)
                .containsExactly(m("198.15"), m("224.65"), m("235.75"));
        assertThat(periods.get(2).rateBasis()).isEqualTo("ECB MRO rate 2.15 % (in force since 2025-06-11) + 10 points");
        assertThat(periods).extracting(InterestPeriod::confidence).containsOnly(Confidence.HIGH);
    }

    @Test
    void thePaymentGoesToThePenaltiesFirst() {
        StatementLine line = statement.lines().get(0);
        assertThat(line.payments()).containsExactly(
                new PaymentAllocation(d("2025-04-10"), "VIR 88", m("2301.85"), m("198.15")));
        assertThat(line.paid()).isEqualTo(m("2500.00"));
        assertThat(line.paidToPrincipal()).isEqualTo(m("2301.85"));
        assertThat(line.paidToInterest()).isEqualTo(m("198.15"));
    }

    @Test
    void lineMatchesTheHandComputation() {
        StatementLine line = statement.lines().get(0);
        assertThat(line.principal()).isEqualTo(m("10000.00"));
        assertThat(line.outstanding()).isEqualTo(m("7698.15"));
        assertThat(line.daysLate()).isEqualTo(228);
        assertThat(line.interestAccrued()).isEqualTo(m("658.55"));
        assertThat(line.interest()).isEqualTo(m("460.40"));
        assertThat(line.interestConfidence()).isEqualTo(Confidence.HIGH);
        assertThat(line.indemnities()).isEqualTo(m("40.00"));
        assertThat(line.balance()).isEqualTo(m("8198.55"));
        assertThat(line.prescriptionDate()).isEqualTo(d("2030-04-10"));
        assertThat(line.prescriptionInterruptedOn()).isEqualTo(d("2025-04-10"));
    }

    @Test
    void totalsAddUp() {
        StatementTotals t = statement.totals();
        assertThat(t.principal()).isEqualTo(m("10000.00"));
        assertThat(t.paid()).isEqualTo(m("2500.00"));
        assertThat(t.outstanding()).isEqualTo(m("7698.15"));
        assertThat(t.interest()).isEqualTo(m("460.40"));
        assertThat(t.indemnities()).isEqualTo(m("40.00"));
        assertThat(t.totalDue()).isEqualTo(m("8198.55"));
        assertThat(t.interestAccrued()).isEqualTo(m("658.55"));
        assertThat(t.paidToInterest()).isEqualTo(m("198.15"));
        assertThat(t.credit()).isEqualTo(m("0.00"));
        assertThat(t.principal().add(t.interestAccrued()).add(t.indemnities()).subtract(t.paid()))
                .isEqualTo(t.totalDue());
    }

    @Test
    void basisNamesEveryRuleUsedWithItsSource() {
        assertThat(statement.basis()).extracting(Basis::rule).containsExactly(
                "FR.late-payment-penalties", "FR.penalty-rate-per-half-year", "FR.fixed-recovery-indemnity",
                "FR.imputation-between-debts", "FR.imputation-interest-first", "FR.commercial-prescription",
                "FR.interruption.part-payment");
        assertThat(statement.basis()).allSatisfy(b -> {
            assertThat(b.source()).isNotBlank();
            assertThat(b.confidence()).isNotNull();
            assertThat(b.effectiveFrom()).isNotNull();
        });
        assertThat(statement.basis().get(0).source()).contains("L441-10 II");
        assertThat(statement.information().treasuryFine()).isNull();
        assertThat(statement.warnings()).isEmpty();
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.asOf()).isEqualTo(d("2025-09-30"));
    }
}
