package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.m;
import static org.bordereau.rules.Fixtures.payment;
import static org.bordereau.rules.Fixtures.request;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example (b): Morocco, across two Bank Al-Maghrib rate cuts, computed by hand.
 *
 * <pre>
 * Invoice FA-2024-101, issued 2024-10-01, due 2024-11-30, 120 000.00 MAD.
 * Payment "VIR 3321", 20 000.00 on 2025-01-31, not designated. Statement as of 2025-04-30.
 *
 * Creditor's indemnity = BAM key rate in force each day + 7 points (Loi 49-15 formula, a LOW
 * confidence parameter under 69-21):
 *   2.75 until 2024-12-18 -> 9.75 %; 2.50 from 2024-12-19 -> 9.50 %; 2.25 from 2025-03-20 -> 9.25 %
 *
 * P1 2024-12-01 .. 2024-12-18 = 18 days, 120 000.00 at 9.75 %
 *    120 000 x 9.75 x 18 / 36 500 = 21 060 000 / 36 500 = 576.986... -> 576.99
 * P2 2024-12-19 .. 2025-01-31 = 13 + 31 = 44 days, 120 000.00 at 9.50 %
 *    120 000 x 9.50 x 44 / 36 500 = 50 160 000 / 36 500 = 1 374.246... -> 1 374.25
 * Payment 20 000.00 on 2025-01-31, principal first (pack choice, LOW) -> principal 100 000.00
 * P3 2025-02-01 .. 2025-03-19 = 28 + 19 = 47 days, 100 000.00 at 9.50 %
 *    100 000 x 9.50 x 47 / 36 500 = 44 650 000 / 36 500 = 1 223.287... -> 1 223.29
 * P4 2025-03-20 .. 2025-04-30 = 12 + 30 = 42 days, 100 000.00 at 9.25 %
 *    100 000 x 9.25 x 42 / 36 500 = 38 850 000 / 36 500 = 1 064.383... -> 1 064.38
 * Indemnity 576.99 + 1 374.25 + 1 223.29 + 1 064.38 = 4 238.91 (confidence LOW)
 * No fixed recovery indemnity in Moroccan law: 0.00
 * Total due 100 000.00 + 4 238.91 = 104 238.91. Days late 18 + 44 + 47 + 42 = 151.
 * Prescription 2024-11-30 + 5 y = 2029-11-30 (a payment interrupts only when recorded with date
 * certaine, DOC 382: none recorded).
 *
 * Treasury fine (information, never claimed): the delay starts 2024-12-01; key rate at the end of
 * that calendar month (2024-12-31) = 2.50 %.
 *   20 000.00 paid 2025-01-31: months started since 2024-12-01 = 2 -> 2.50 + 0.85 = 3.35 % -> 670.00
 *   100 000.00 unpaid at 2025-04-30: 5 months -> 2.50 + 4 x 0.85 = 5.90 % -> 5 900.00
 *   exposure 6 570.00
 * </pre>
 */
class MoroccanWorkedExampleTest {
    private final Statement statement = CALCULATOR.compute(request("MA", "MAD", "2025-04-30",
            List.of(claim("FA-2024-101", "2024-10-01", "2024-11-30", "120000.00")),
            List.of(payment("2025-01-31", "20000.00", "VIR 3321", null))));

    @Test
    void oneNewPeriodAtEachKeyRateChangeAndAtThePayment() {
        StatementLine line = statement.lines().get(0);
        assertThat(line.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                InterestPeriod::base, InterestPeriod::interest).containsExactly(
                        tuple(d("2024-12-01"), d("2024-12-18"), 18L, m("120000.00"), m("576.99")),
                        tuple(d("2024-12-19"), d("2025-01-31"), 44L, m("120000.00"), m("1374.25")),
                        tuple(d("2025-02-01"), d("2025-03-19"), 47L, m("100000.00"), m("1223.29")),
                        tuple(d("2025-03-20"), d("2025-04-30"), 42L, m("100000.00"), m("1064.38")));
        assertThat(line.periods()).extracting(p -> p.rate().toPlainString())
                .containsExactly("9.75", "9.50", "9.50", "9.25");
        assertThat(line.periods()).extracting(InterestPeriod::confidence).containsOnly(Confidence.LOW);
    }

    @Test
    void lineAndTotalsMatchTheHandComputation() {
        StatementLine line = statement.lines().get(0);
        assertThat(line.payments()).containsExactly(
                new PaymentAllocation(d("2025-01-31"), "VIR 3321", m("20000.00"), m("0.00")));
        assertThat(line.outstanding()).isEqualTo(m("100000.00"));
        assertThat(line.daysLate()).isEqualTo(151);
        assertThat(line.interest()).isEqualTo(m("4238.91"));
        assertThat(line.interestConfidence()).isEqualTo(Confidence.LOW);
        assertThat(line.indemnities()).isEqualTo(m("0.00"));
        assertThat(line.prescriptionDate()).isEqualTo(d("2029-11-30"));
        assertThat(line.prescriptionInterruptedOn()).isNull();
        StatementTotals t = statement.totals();
        assertThat(t.paid()).isEqualTo(m("20000.00"));
        assertThat(t.outstanding()).isEqualTo(m("100000.00"));
        assertThat(t.interest()).isEqualTo(m("4238.91"));
        assertThat(t.indemnities()).isEqualTo(m("0.00"));
        assertThat(t.totalDue()).isEqualTo(m("104238.91"));
    }

    @Test
    void treasuryFineIsShownAsInformationOnly() {
        TreasuryFineExposure fine = statement.information().treasuryFine();
        assertThat(fine.claimed()).isFalse();
        assertThat(fine.basis().rule()).isEqualTo("MA.treasury-fine");
        assertThat(fine.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(fine.lines()).extracting(TreasuryFineLine::status, TreasuryFineLine::base,
                TreasuryFineLine::months, TreasuryFineLine::keyRateDate, TreasuryFineLine::fine).containsExactly(
                        tuple("PAID_LATE", m("20000.00"), 2, d("2024-12-31"), m("670.00")),
                        tuple("UNPAID", m("100000.00"), 5, d("2024-12-31"), m("5900.00")));
        assertThat(fine.lines()).extracting(l -> l.fineRate().toPlainString()).containsExactly("3.35", "5.90");
        assertThat(fine.total()).isEqualTo(m("6570.00"));
        assertThat(statement.totals().totalDue()).as("never in the totals").isEqualTo(m("104238.91"));
    }

    @Test
    void lowConfidenceRulesAreNamedInBasisAndWarnings() {
        assertThat(statement.basis()).extracting(Basis::rule).containsExactly(
                "MA.creditor-late-payment-indemnity", "MA.indemnity-rate-follows-key-rate",
                "MA.no-fixed-recovery-indemnity", "MA.imputation-between-debts", "MA.imputation-principal-first",
                "MA.commercial-prescription");
        assertThat(statement.basis().get(0).confidence()).isEqualTo(Confidence.LOW);
        assertThat(statement.warnings()).anyMatch(w -> w.startsWith("MA.creditor-late-payment-indemnity is LOW"));
        assertThat(statement.warnings()).anyMatch(w -> w.startsWith("MA.imputation-principal-first is LOW"));
    }
}
