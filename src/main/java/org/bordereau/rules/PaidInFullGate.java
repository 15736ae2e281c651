package org.bordereau.rules;

import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.Stage;
import org.bordereau.cases.StageGuard;
import org.bordereau.cases.Violation;

/**
 * A case is CLOSED_PAID only when its statement owes nothing: in France a part payment goes to the
 * penalties first (C. civ. art. 1343-1), so claims minus payments may be zero while principal, interest
 * and the 40 € indemnities are still due. A closed case is never reopened, so closing it early would give
 * up what is left.
 */
public final class PaidInFullGate implements StageGuard {
    private final Statements statements;

    public PaidInFullGate(Statements statements) {
        this.statements = statements;
    }

    @Override
    public List<Violation> check(Case file, Stage target) {
        if (target != Stage.CLOSED_PAID || file.recovery().claims().isEmpty()) {
            return List.of();
        }
        StatementTotals totals = statements.of(file, null).totals();
        if (totals.totalDue().signum() <= 0) {
            return List.of();
        }
        return List.of(new Violation("stage", "the statement still shows " + totals.totalDue() + " " + file.currency()
                + " due (interest " + totals.interest() + ", indemnities " + totals.indemnities()
                + "): record the payments first, or close as CLOSED_SETTLED or CLOSED_WRITTEN_OFF"));
    }
}
