package org.bordereau.rules;

import java.time.Clock;
import java.time.LocalDate;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.InvalidCommandException;

/** The statement of account of a case (GET /v1/cases/{id}/statement): its facts through the {@link StatementCalculator}. */
public final class Statements {
    private final StatementCalculator calculator;
    private final Clock clock;

    public Statements(StatementCalculator calculator, Clock clock) {
        this.calculator = calculator;
        this.clock = clock;
    }

    /**
     * The statement of {@code file} on {@code asOf} (null: today in the case's zone).
     *
     * @throws InvalidCommandException when the rate tables cannot answer for a claim's late period
     */
    public Statement of(Case file, LocalDate asOf) {
        return calculator.compute(StatementInputs.request(file, asOf == null ? CaseDates.today(file, clock) : asOf));
    }
}
