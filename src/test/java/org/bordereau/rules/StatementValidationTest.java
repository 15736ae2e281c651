package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.d;
import static org.bordereau.rules.Fixtures.m;

import java.util.Arrays;
import java.util.List;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;
import org.junit.jupiter.api.Test;

/** A bad request is refused with every problem at once, by field path (STYLE.md §5). */
class StatementValidationTest {
    @Test
    void everyProblemIsReported() {
        StatementRequest bad = new StatementRequest("ES", "EURO", null,
                Arrays.asList(new ClaimLine("F-1", d("2025-03-01"), d("2025-02-01"), m("-1")),
                        new ClaimLine("F-1", null, null, m("1.005")), null),
                List.of(new PaymentLine(null, null, "x", "F-9")),
                List.of(new Interruption(null, null, false, List.of("F-7"), null)), m("-2"));
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> CALCULATOR.compute(bad));
        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "jurisdiction", "currency", "asOf",
                "claims[0].dueDate", "claims[0].amount",
                "claims[1].invoiceNumber", "claims[1].dueDate", "claims[1].amount",
                "claims[2]",
                "payments[0].date", "payments[0].amount", "payments[0].allocatedTo",
                "interruptions[0].date", "interruptions[0].kind", "interruptions[0].invoiceNumbers",
                "contractualRatePercent");
    }

    @Test
    void aDelayBeforeTheRateTablesIsRefusedNamingTheInvoice() {
        StatementRequest old = new StatementRequest("MA", "MAD", d("2010-01-31"),
                List.of(new ClaimLine("OLD-1", null, d("2007-12-31"), m("100.00"))), List.of());
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> CALCULATOR.compute(old));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("claims[0].dueDate");
            assertThat(v.message()).contains("Bank Al-Maghrib key rate table starts on 2008-09-23");
        });
    }

    @Test
    void aCurrencyWithoutCentsIsRefused() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> CALCULATOR.compute(
                new StatementRequest("FR", "JPY", d("2025-01-01"), List.of(), List.of())));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("currency");
    }
}
