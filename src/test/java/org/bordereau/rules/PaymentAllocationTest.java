package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.line;
import static org.bordereau.rules.Fixtures.m;
import static org.bordereau.rules.Fixtures.payment;
import static org.bordereau.rules.Fixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example (d): one payment, designated vs not designated (C. civ. 1342-10).
 *
 * <pre>
 * F-A issued 2025-02-01, due 2025-03-31, 5 000.00 EUR; F-B issued 2025-04-01, due 2025-05-31,
 * 3 000.00 EUR. Payment 3 000.00 on 2025-06-30; statement as of 2025-06-30. 2025 S1 rate 13.15 %.
 *   F-A 2025-04-01 .. 2025-06-30 = 30 + 31 + 30 = 91 days: 5 000 x 13.15 x 91 / 36 500
 *       = 5 983 250 / 36 500 = 163.924... -> 163.92
 *   F-B 2025-06-01 .. 2025-06-30 = 30 days: 3 000 x 13.15 x 30 / 36 500 = 1 183 500 / 36 500
 *       = 32.424... -> 32.42
 * Designated to F-B: penalties first, 32.42 + 2 967.58 principal -> F-B outstanding 32.42, penalties
 *   due 0.00; F-A untouched: 5 000.00 + 163.92.
 * Not designated: F-A is the oldest due debt: 163.92 + 2 836.08 principal -> F-A outstanding
 *   2 163.92, penalties due 0.00; F-B untouched: 3 000.00 + 32.42.
 * Both: indemnities 2 x 40.00; total due 5 000.00 + 32.42 + 163.92 + 80.00
 *   = 2 163.92 + 3 000.00 + 32.42 + 80.00 = 5 276.34 (same total on the payment day; the split differs,
 *   so the penalties that run afterwards differ).
 * </pre>
 */
class PaymentAllocationTest {
    private static final List<ClaimLine> CLAIMS = List.of(
            claim("F-A", "2025-02-01", "2025-03-31", "5000.00"),
            claim("F-B", "2025-04-01", "2025-05-31", "3000.00"));

    @Test
    void aDesignatedPaymentGoesToThatInvoice() {
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-06-30", CLAIMS,
                List.of(payment("2025-06-30", "3000.00", "CHQ 12", "F-B"))));
        StatementLine a = line(s, "F-A");
        StatementLine b = line(s, "F-B");
        assertThat(b.payments()).containsExactly(new PaymentAllocation(d("2025-06-30"), "CHQ 12", m("2967.58"), m("32.42")));
        assertThat(b.outstanding()).isEqualTo(m("32.42"));
        assertThat(b.interest()).isEqualTo(m("0.00"));
        assertThat(a.payments()).isEmpty();
        assertThat(a.outstanding()).isEqualTo(m("5000.00"));
        assertThat(a.interest()).isEqualTo(m("163.92"));
        assertThat(s.totals().totalDue()).isEqualTo(m("5276.34"));
    }

    @Test
    void anUndesignatedPaymentGoesToTheOldestDueInvoice() {
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-06-30", CLAIMS,
                List.of(payment("2025-06-30", "3000.00", "CHQ 12", null))));
        StatementLine a = line(s, "F-A");
        StatementLine b = line(s, "F-B");
        assertThat(a.payments()).containsExactly(new PaymentAllocation(d("2025-06-30"), "CHQ 12", m("2836.08"), m("163.92")));
        assertThat(a.outstanding()).isEqualTo(m("2163.92"));
        assertThat(a.interest()).isEqualTo(m("0.00"));
        assertThat(b.payments()).isEmpty();
        assertThat(b.outstanding()).isEqualTo(m("3000.00"));
        assertThat(b.interest()).isEqualTo(m("32.42"));
        assertThat(s.totals().indemnities()).isEqualTo(m("80.00"));
        assertThat(s.totals().totalDue()).isEqualTo(m("5276.34"));
    }

    @Test
    void aDesignatedPaymentLargerThanItsInvoiceOverflowsToTheOldest() {
        // F-B owes 3 000.00 + 32.42 on 2025-06-30; 4 000.00 designated to it leaves 967.58 for F-A,
        // which takes its 163.92 of penalties first, then 803.66 of principal -> 4 196.34.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-06-30", CLAIMS,
                List.of(payment("2025-06-30", "4000.00", "VIR 7", "F-B"))));
        assertThat(line(s, "F-B").outstanding()).isEqualTo(m("0.00"));
        assertThat(line(s, "F-B").daysLate()).isEqualTo(30);
        assertThat(line(s, "F-A").payments()).containsExactly(
                new PaymentAllocation(d("2025-06-30"), "VIR 7", m("803.66"), m("163.92")));
        assertThat(line(s, "F-A").outstanding()).isEqualTo(m("4196.34"));
    }

    @Test
    void whatTheDueInvoicesCannotTakeGoesToTheOneNotYetDue() {
        // On 2025-04-15 only F-A is due. Its penalties 2025-04-01 .. 2025-04-15 = 15 days:
        // 5 000 x 13.15 x 15 / 36 500 = 986 250 / 36 500 = 27.020... -> 27.02. 6 000.00 pays them and
        // F-A's 5 000.00; the 972.98 left go to F-B, not yet due: no penalty to pay, all principal.
        Statement s = CALCULATOR.compute(request("FR", "EUR", "2025-04-15", CLAIMS,
                List.of(payment("2025-04-15", "6000.00", "VIR 1", null))));
        assertThat(line(s, "F-A").payments()).containsExactly(
                new PaymentAllocation(d("2025-04-15"), "VIR 1", m("5000.00"), m("27.02")));
        assertThat(line(s, "F-B").payments()).containsExactly(
                new PaymentAllocation(d("2025-04-15"), "VIR 1", m("972.98"), m("0.00")));
        assertThat(line(s, "F-B").outstanding()).isEqualTo(m("2027.02"));
        assertThat(s.totals().credit()).isEqualTo(m("0.00"));
    }
}
