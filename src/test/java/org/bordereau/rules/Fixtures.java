package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short constructors for the worked examples. */
final class Fixtures {
    /** Loaded once per test JVM: immutable. */
    static final RulePacks PACKS = RulePacks.load();
    static final StatementCalculator CALCULATOR = new StatementCalculator(PACKS);

    private Fixtures() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    static ClaimLine claim(String number, String issued, String due, String amount) {
        return new ClaimLine(number, issued == null ? null : d(issued), d(due), m(amount));
    }

    static PaymentLine payment(String date, String amount, String reference, String allocatedTo) {
        return new PaymentLine(d(date), m(amount), reference, allocatedTo);
    }

    static StatementRequest request(String jurisdiction, String currency, String asOf, List<ClaimLine> claims,
            List<PaymentLine> payments) {
        return new StatementRequest(jurisdiction, currency, d(asOf), claims, payments);
    }

    static StatementLine line(Statement statement, String invoiceNumber) {
        return statement.lines().stream().filter(l -> l.invoiceNumber().equals(invoiceNumber)).findFirst()
                .orElseThrow();
    }
}
