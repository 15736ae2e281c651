package org.bordereau.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A check a stage change must pass beyond the allowed transitions, supplied from outside this
 * package (the {@code rules} package refuses LITIGATION_READY while the file is not complete).
 */
@FunctionalInterface
public interface StageGuard {
    /** Lets every allowed transition through. */
    StageGuard NONE = (file, target) -> List.of();

    /** The problems that forbid moving {@code file} to {@code target}; empty to allow it. */
    List<Violation> check(Case file, Stage target);

    /** Every problem of every guard. */
    static StageGuard all(StageGuard... guards) {
        return (file, target) -> {
            List<Violation> problems = new ArrayList<>();
            for (StageGuard guard : guards) {
                problems.addAll(guard.check(file, target));
            }
            return problems;
        };
    }
}
