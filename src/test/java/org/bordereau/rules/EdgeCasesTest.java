package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.m;
import static org.bordereau.rules.Fixtures.payment;
import static org.bordereau.rules.Fixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples (c) and (e): not yet due, overpayment, zero amounts, a leap year, late data. */
class EdgeCasesTest {
    @Test
    void anInvoiceNotYetDueBearsNothing() {
        // F-100 due 2025-10-31, 4 800.00; 800.00 paid early on 2025-09-15; as of 2025-09-30.
        // Not late: no period, no penalty, no indemnity; outstanding 4 000.00. Prescription
        // 2025-10-31 + 5 y = 2030-10-31; the early payment (2030-09-15 if restarted) moves nothing.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-09-30",
                List.of(claim("F-100", "2025-09-01", "2025-10-31", "4800.00")),
                List.of(payment("2025-09-15", "800.00", "VIR 5", null))));
        StatementLine line = s.lines().get(0);
        assertThat(line.daysLate()).isZero();
        assertThat(line.periods()).isEmpty();
        assertThat(line.interest()).isEqualTo(m("0.00"));
        assertThat(line.indemnities()).isEqualTo(m("0.00"));
        assertThat(line.outstanding()).isEqualTo(m("4000.00"));
        assertThat(line.prescriptionDate()).isEqualTo(d("2030-10-31"));
        assertThat(line.prescriptionInterruptedOn()).isNull();
        assertThat(s.totals().totalDue()).isEqualTo(m("4000.00"));
        assertThat(s.basis()).extracting(Basis::rule).doesNotContain("FR.late-payment-penalties");
    }

    @Test
    void anInvoicePaidOnItsDueDateIsNotLate() {
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-09-30",
                List.of(claim("F-101", "2025-01-02", "2025-03-31", "1200.00")),
                List.of(payment("2025-03-31", "1200.00", "VIR 6", null))));
        assertThat(s.lines().get(0).daysLate()).isZero();
        assertThat(s.lines().get(0).indemnities()).isEqualTo(m("0.00"));
        assertThat(s.totals().totalDue()).isEqualTo(m("0.00"));
    }

    @Test
    void anOverpaymentIsACreditThatReducesTheTotal() {
        // 1 200.00 paid on 2025-03-15 for a 1 000.00 invoice due 2025-03-31: 1 000.00 to principal,
        // 200.00 credit; nothing late. totalDue = 0 + 0 + 0 - 200.00 = -200.00.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-06-30",
                List.of(claim("F-E", "2025-03-01", "2025-03-31", "1000.00")),
                List.of(payment("2025-03-15", "1200.00", "VIR 9", null))));
        assertThat(s.lines().get(0).outstanding()).isEqualTo(m("0.00"));
        assertThat(s.lines().get(0).paid()).isEqualTo(m("1000.00"));
        assertThat(s.totals().paid()).isEqualTo(m("1200.00"));
        assertThat(s.totals().credit()).isEqualTo(m("200.00"));
        assertThat(s.totals().totalDue()).isEqualTo(m("-200.00"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("200.00 EUR is a credit to the debtor"));
    }

    @Test
    void zeroAmountsChangeNothing() {
        // A 0.00 invoice is never late; a 0.00 payment is no payment (and no acknowledgment).
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-09-30",
                List.of(claim("F-Z", "2025-01-01", "2025-01-31", "0.00"), claim("F-Y", "2025-01-01", "2025-01-31", "500")),
                List.of(payment("2025-02-01", "0.00", "nothing", null))));
        StatementLine zero = s.lines().get(0);
        assertThat(zero.daysLate()).isZero();
        assertThat(zero.interest()).isEqualTo(m("0.00"));
        assertThat(zero.indemnities()).isEqualTo(m("0.00"));
        assertThat(zero.payments()).isEmpty();
        StatementLine other = s.lines().get(1);
        assertThat(other.principal()).isEqualTo(m("500.00"));
        assertThat(other.payments()).isEmpty();
        assertThat(other.prescriptionDate()).isEqualTo(d("2030-01-31"));
        assertThat(s.totals().paid()).isEqualTo(m("0.00"));
        // F-Y: 2025-02-01 .. 2025-06-30 = 150 d at 13.15 %: 500 x 13.15 x 150 / 36 500 = 27.02;
        //      2025-07-01 .. 2025-09-30 =  92 d at 12.15 %: 500 x 12.15 x 92 / 36 500 = 15.31
        assertThat(other.periods()).extracting(InterestPeriod::interest).containsExactly(m("27.02"), m("15.31"));
    }

    @Test
    void aLeapDayIsOneMoreDayOverThreeHundredSixtyFive() {
        // F-L 1 000.00 due 2024-02-15, 1 000.00 paid 2024-03-15. 2024 S1: ECB on 2024-01-01 = 4.50
        // -> 14.50 %. 2024-02-16 .. 2024-03-15 = 14 (with 29 Feb) + 15 = 29 days.
        // 1 000 x 14.50 x 29 / 36 500 = 420 500 / 36 500 = 11.5205... -> 11.52 (over 366 it would be 11.49).
        // Penalties first: 11.52 + 988.48 principal -> 11.52 principal left, still late (29 days);
        // indemnity 40.00; total 51.52.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2024-03-15",
                List.of(claim("F-L", "2024-01-16", "2024-02-15", "1000.00")),
                List.of(payment("2024-03-15", "1000.00", "VIR 29", null))));
        StatementLine line = s.lines().get(0);
        assertThat(line.periods()).singleElement().satisfies(p -> {
            assertThat(p.days()).isEqualTo(29);
            assertThat(p.rate().toPlainString()).isEqualTo("14.50");
            assertThat(p.interest()).isEqualTo(m("11.52"));
        });
        assertThat(line.outstanding()).isEqualTo(m("11.52"));
        assertThat(line.daysLate()).isEqualTo(29);
        assertThat(s.totals().totalDue()).isEqualTo(m("51.52"));
    }

    @Test
    void aRateUnchangedAcrossAHalfYearMakesOnePeriodAndATableNotKnownThatFarSaysSo() {
        // ECB in force on 2025-07-01 and on 2026-01-01: 2.15 both -> 12.15 % from 2025-07-01 to
        // 2026-01-31 in one period: 215 days; 1 000 x 12.15 x 215 / 36 500 = 71.57.
        // The ECB table is complete only up to 2025-12-18: the statement says so.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2026-01-31",
                List.of(claim("F-H", "2025-06-01", "2025-06-30", "1000.00")), List.of()));
        assertThat(s.lines().get(0).periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(d("2025-07-01"));
            assertThat(p.days()).isEqualTo(215);
            assertThat(p.interest()).isEqualTo(m("71.57"));
        });
        assertThat(s.warnings()).singleElement().asString()
                .contains("ECB MRO rate table is known to be complete only up to 2025-12-18");
    }

    @Test
    void paymentsAfterTheStatementDateAreLeftOutAndSaid() {
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-03-31",
                List.of(claim("F-1", "2025-01-01", "2025-01-31", "100.00")),
                List.of(payment("2025-04-01", "100.00", "VIR late", null))));
        assertThat(s.totals().paid()).isEqualTo(m("0.00"));
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("Payment of 2025-04-01"));
    }

    @Test
    void anEmptyRequestGivesAnEmptyStatement() {
        Statement s = CALCULATOR.compute(request("MA", "MAD", "2025-03-31", List.of(), List.of()));
        assertThat(s.lines()).isEmpty();
        assertThat(s.totals().totalDue()).isEqualTo(m("0.00"));
        assertThat(s.basis()).isEmpty();
        assertThat(s.information().treasuryFine().total()).isEqualTo(m("0.00"));
    }
}
