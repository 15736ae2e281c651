package org.bordereau.rules;

import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.Recovery;

/**
 * The promises and instalments of the plan in force as they stood on a day (kept, pending, missed…),
 * by the follow-up's own rules ({@link FollowUpCommitments}), for documents that tell a case's story
 * (the dossier's chronology) without computing a follow-up.
 */
public final class CommitmentsOnDate {
    private CommitmentsOnDate() {}

    public static List<FollowUp.Commitment> of(Recovery recovery, LocalDate asOf) {
        return List.copyOf(new FollowUpCommitments(recovery, asOf, 0).followed);
    }
}
