package org.bordereau.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

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
     * @throws InvalidCommandException when the rate tables cannot answer for a claim's late period, or for
     *         a day outside {@link CaseDates#EARLIEST}..{@link CaseDates#LATEST} (interest steps through
     *         every half-year up to it)
     */
    public Statement of(Case file, LocalDate asOf) {
        LocalDate day = asOf == null ? CaseDates.today(file, clock) : asOf;
        if (!CaseDates.inRange(day)) {
            throw new InvalidCommandException(List.of(new Violation("asOf", CaseDates.outOfRange())));
        }
        return calculator.compute(StatementInputs.request(file, day));
    }
}
