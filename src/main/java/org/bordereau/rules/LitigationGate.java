package org.bordereau.rules;

import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.Stage;
import org.bordereau.cases.StageGuard;
import org.bordereau.cases.Violation;

/**
 * A case becomes LITIGATION_READY only when its file is: no rule blocking for litigation may be
 * missing. Each missing rule is one violation of the stage change, naming the rule and what to do.
 */
public final class LitigationGate implements StageGuard {
    private final CompletenessChecker checker;

    public LitigationGate(CompletenessChecker checker) {
        this.checker = checker;
    }

    @Override
    public List<Violation> check(Case file, Stage target) {
        if (target != Stage.LITIGATION_READY) {
            return List.of();
        }
        return checker.check(file, null, "en").blocking(CompletenessRule.Phase.LITIGATION).stream()
                .map(r -> new Violation("stage", "the file is not ready for litigation: " + r.id() + ": "
                        + r.message() + " " + r.fix()))
                .toList();
    }
}
