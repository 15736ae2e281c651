package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.EventData;
import org.bordereau.cases.Instalment;
import org.bordereau.rules.FollowUp.Commitment;
import org.bordereau.rules.FollowUp.Status;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promises and instalments: kept, kept late, partly kept (saying how much is missing), missed — flagged
 * from the day after the due date, never on it — and coming due within the look-ahead (7 days).
 * A Moroccan case with one invoice of 20 000.00 MAD due 2025-02-28; today is 2025-04-30.
 */
class CommitmentFollowUpTest {
    @TempDir
    Path dir;
    private CaseFiles files;
    private String id;

    @BeforeEach
    void openTheCase() {
        files = new CaseFiles(dir, Instant.parse("2025-04-30T10:00:00Z"));
        id = files.moroccanCase("ATL-COMMIT").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("F-100", d("2025-01-29"), d("2025-02-28"),
                m("20000.00"), null, List.of(), null));
    }

    private void promise(String made, String amount, String due, boolean written) {
        files.record(id, new EventData.PromiseMade(d(made), m(amount), d(due), written, List.of(), null));
    }

    private void payment(String date, String amount) {
        files.record(id, new EventData.PaymentReceived(d(date), m(amount), "VIR " + date, null, false, List.of()));
    }

    private FollowUp on(String day) {
        return files.followUps.of(TENANT, id, d(day), "en");
    }

    @Test
    void aPromiseDueTodayIsUpcomingAndIsFlaggedOnlyFromTheNextDay() {
        promise("2025-03-01", "5000.00", "2025-03-10", true);

        FollowUp dueDay = on("2025-03-10");
        assertThat(dueDay.missed()).isEmpty();
        assertThat(dueDay.upcoming()).extracting(Commitment::status, Commitment::dueDate, Commitment::missing)
                .containsExactly(tuple(Status.PENDING, d("2025-03-10"), m("5000.00")));
        assertThat(dueDay.due()).extracting(FollowUp.Due::kind).containsExactly(FollowUp.DueKind.COMMITMENT_DUE);
        assertThat(dueDay.reminder()).as("no contact, and the file was opened after that day").isNull();

        FollowUp dayAfter = on("2025-03-11");
        assertThat(dayAfter.upcoming()).isEmpty();
        assertThat(dayAfter.missed()).extracting(Commitment::status, Commitment::missing, Commitment::flaggedOn)
                .containsExactly(tuple(Status.MISSED, m("5000.00"), d("2025-03-11")));
        assertThat(dayAfter.due()).extracting(FollowUp.Due::kind, FollowUp.Due::date)
                .contains(tuple(FollowUp.DueKind.MISSED, d("2025-03-11")));
        assertThat(dayAfter.next().action()).isEqualTo(FollowUp.Action.REACT_TO_MISSED);
        assertThat(dayAfter.next().letter()).isEqualTo(FollowUp.Letter.RELANCE);
    }

    @Test
    void aPaymentCoveringThePromiseInTimeKeepsIt() {
        promise("2025-03-01", "5000.00", "2025-03-10", true);
        payment("2025-03-10", "5000.00");

        FollowUp f = on("2025-03-11");

        assertThat(f.missed()).isEmpty();
        assertThat(f.upcoming()).isEmpty();
        assertThat(f.overdue()).isEqualTo(m("0.00"));
        assertThat(f.due()).extracting(FollowUp.Due::kind).doesNotContain(FollowUp.DueKind.MISSED);
    }

    @Test
    void aPartialPaymentPartlyKeepsItAndSaysWhatIsMissing() {
        promise("2025-03-01", "5000.00", "2025-03-10", true);
        payment("2025-03-09", "2000.00");

        FollowUp f = on("2025-03-12");

        assertThat(f.missed()).extracting(Commitment::status, Commitment::paidByDueDate, Commitment::paid,
                Commitment::missing).containsExactly(tuple(Status.PARTLY_KEPT, m("2000.00"), m("2000.00"), m("3000.00")));
        assertThat(f.overdue()).isEqualTo(m("3000.00"));
        assertThat(f.next().message()).contains("3000.00 MAD is missing");
    }

    @Test
    void aPaymentAfterTheDueDateKeepsItLateAndNothingIsOverdue() {
        promise("2025-03-01", "5000.00", "2025-03-10", true);
        payment("2025-03-12", "5000.00");

        FollowUp f = on("2025-03-15");

        assertThat(f.missed()).extracting(Commitment::status, Commitment::paidByDueDate, Commitment::missing,
                Commitment::flaggedOn).containsExactly(tuple(Status.KEPT_LATE, m("0.00"), m("0.00"), d("2025-03-11")));
        assertThat(f.due()).extracting(FollowUp.Due::kind).doesNotContain(FollowUp.DueKind.MISSED);
    }

    @Test
    void aPaymentGoesToTheEarliestOpenInstalment() {
        files.decide(id, new EventData.PlanAgreed(d("2025-03-01"), List.of(new Instalment(d("2025-03-15"), m("4000.00")),
                new Instalment(d("2025-04-15"), m("4000.00")), new Instalment(d("2025-05-05"), m("4000.00"))),
                null, true, List.of()));
        payment("2025-03-14", "3000.00"); // short by 1 000.00 on #1
        payment("2025-04-10", "4000.00"); // tops up #1, 3 000.00 towards #2

        FollowUp f = on("2025-04-30");

        assertThat(f.missed()).extracting(Commitment::instalment, Commitment::status, Commitment::paidByDueDate,
                Commitment::paid, Commitment::missing).containsExactly(
                        tuple(1, Status.KEPT_LATE, m("3000.00"), m("4000.00"), m("0.00")),
                        tuple(2, Status.PARTLY_KEPT, m("3000.00"), m("3000.00"), m("1000.00")));
        assertThat(f.upcoming()).extracting(Commitment::instalment, Commitment::dueDate, Commitment::missing)
                .containsExactly(tuple(3, d("2025-05-05"), m("4000.00")));
        assertThat(f.acceleration()).as("the plan has no acceleration clause").isNull();
    }

    @Test
    void promisesMadeBeforeThePlanInForceAreSupersededByIt() {
        promise("2025-03-01", "5000.00", "2025-03-10", true);
        files.decide(id, new EventData.PlanAgreed(d("2025-03-20"), List.of(new Instalment(d("2025-05-20"), m("20000.00"))),
                null, true, List.of()));

        FollowUp f = on("2025-04-30");

        assertThat(f.missed()).isEmpty();
        assertThat(f.next().action()).isNotEqualTo(FollowUp.Action.REACT_TO_MISSED);
    }

    @Test
    void aPromiseNotInWritingAsksForAnAcknowledgmentOfDebt() {
        promise("2025-04-28", "5000.00", "2025-05-03", false);

        FollowUp f = on("2025-04-30");

        assertThat(f.next().action()).isEqualTo(FollowUp.Action.GET_ACKNOWLEDGMENT);
        assertThat(f.next().letter()).isEqualTo(FollowUp.Letter.RECONNAISSANCE_DE_DETTE);
    }

    @Test
    void aPlanTheDebtorDidNotSignIsSentForSignature() {
        files.decide(id, new EventData.PlanAgreed(d("2025-04-28"), List.of(new Instalment(d("2025-05-31"), m("20000.00"))),
                null, false, List.of()));

        FollowUp f = on("2025-04-30");

        assertThat(f.next().action()).isEqualTo(FollowUp.Action.GET_PLAN_SIGNED);
        assertThat(f.next().letter()).isEqualTo(FollowUp.Letter.ECHEANCIER);
    }

    @Test
    void withoutCommitmentsTheReminderFollowsTheStageCadenceFromTheLastContact() {
        files.record(id, new EventData.Call(d("2025-04-20"), null, "comptable", "relance", null, List.of()));

        FollowUp before = on("2025-04-26");
        assertThat(before.reminder()).isEqualTo(new FollowUp.Reminder(d("2025-04-20"), 3, 7, d("2025-04-27"), false));
        assertThat(before.next().action()).isEqualTo(FollowUp.Action.WAIT);
        assertThat(before.next().until()).isEqualTo(d("2025-04-27"));
        assertThat(before.due()).isEmpty();

        FollowUp due = on("2025-04-27");
        assertThat(due.next().action()).isEqualTo(FollowUp.Action.REMIND);
        assertThat(due.next().letter()).isEqualTo(FollowUp.Letter.RELANCE);
        assertThat(due.due()).extracting(FollowUp.Due::kind, FollowUp.Due::date)
                .containsExactly(tuple(FollowUp.DueKind.REMINDER, d("2025-04-27")));
        assertThat(due.urgency()).isEqualTo(FollowUp.Urgency.REMINDER);
    }
}
