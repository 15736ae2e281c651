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
 * Worked example (c): a payment plan with one missed instalment and an acceleration clause, Morocco,
 * computed by hand.
 *
 * <pre>
 * Invoice FA-2025-040, issued 2025-03-01, due 2025-03-31, 30 000.00 MAD.
 * Plan agreed 2025-05-05, signed by the debtor, acceleration clause with 8 days' grace:
 *   #1 10 000.00 due 2025-05-31, #2 10 000.00 due 2025-06-30, #3 10 000.00 due 2025-07-31 (total 30 000.00).
 * Payments (not designated): VIR 501 10 000.00 on 2025-05-30; VIR 502 4 000.00 on 2025-07-03.
 * Follow-up as of 2025-07-15.
 *
 * Instalments (a payment goes to the earliest instalment still open):
 *   #1: paid 2025-05-05..2025-05-31 = 10 000.00 >= 10 000.00                 -> KEPT
 *   #2: paid 2025-05-05..2025-06-30 = 10 000.00, of which #1 takes 10 000.00 -> 0.00 on time
 *       paid through 2025-07-15 = 14 000.00 - 10 000.00 = 4 000.00          -> PARTLY_KEPT,
 *       missing 10 000.00 - 4 000.00 = 6 000.00, flagged 2025-07-01 (the day after the due date)
 *   Overdue = 6 000.00.
 * Acceleration: #1's grace ends 2025-06-08: 10 000.00 paid >= 10 000.00, not triggered.
 *   #2's grace ends 2025-06-30 + 8 = 2025-07-08: 14 000.00 paid < 20 000.00 -> triggered on 2025-07-09.
 *   Everything left on the plan is due: 30 000.00 - 14 000.00 = 16 000.00; #3 is no longer "upcoming".
 *
 * Statement of account on 2025-07-15 (indemnity = BAM key rate 2.25 % + 7 = 9.25 %, principal first):
 *   P1 2025-04-01 .. 2025-05-30 = 30 + 30 = 60 days, 30 000.00:
 *      30 000 x 9.25 x 60 / 36 500 = 16 650 000 / 36 500 = 456.164... -> 456.16
 *   VIR 501 10 000.00 on 2025-05-30 -> principal 20 000.00
 *   P2 2025-05-31 .. 2025-07-03 = 1 + 30 + 3 = 34 days, 20 000.00:
 *      20 000 x 9.25 x 34 / 36 500 = 6 290 000 / 36 500 = 172.328... -> 172.33
 *   VIR 502 4 000.00 on 2025-07-03 -> principal 16 000.00
 *   P3 2025-07-04 .. 2025-07-15 = 12 days, 16 000.00:
 *      16 000 x 9.25 x 12 / 36 500 = 1 776 000 / 36 500 = 48.657... -> 48.66
 *   Outstanding 16 000.00; interest 456.16 + 172.33 + 48.66 = 677.15; total due 16 677.15.
 *   The plan covered the principal only: the accelerated 16 000.00 equals the outstanding principal,
 *   and the 677.15 of late interest, which the plan did not waive, comes on top.
 *   Days late 2025-03-31 -> 2025-07-15 = 30 + 31 + 30 + 15 = 106 (below the 180-day ageing threshold).
 *   Prescription 2025-03-31 + 5 y = 2030-03-31; the plan signed by the debtor is an acknowledgment
 *   (DOC 382) -> 2030-05-05 (not within 6 months).
 *
 * Escalation: COMMITMENTS_BROKEN (the acceleration), evidence = the PLAN_AGREED event. No formal notice
 * yet -> next action SEND_FORMAL_NOTICE, letter MISE_EN_DEMEURE.
 * Due: escalation (2025-07-15), acceleration (2025-07-09), missed #2 (2025-07-01) -> due since 2025-07-01.
 * </pre>
 */
class PlanWorkedExampleTest {
    @TempDir
    Path dir;
    private CaseFiles files;
    private String id;
    private long planSeq;

    @BeforeEach
    void recordTheFacts() {
        files = new CaseFiles(dir, Instant.parse("2025-07-15T10:00:00Z"));
        id = files.moroccanCase("ATL-PLAN").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("FA-2025-040", d("2025-03-01"),
                d("2025-03-31"), m("30000.00"), null, List.of(), null));
        planSeq = files.decide(id, new EventData.PlanAgreed(d("2025-05-05"), List.of(
                new Instalment(d("2025-05-31"), m("10000.00")), new Instalment(d("2025-06-30"), m("10000.00")),
                new Instalment(d("2025-07-31"), m("10000.00"))), null, true, List.of(), 8)).seq();
        files.record(id, new EventData.PaymentReceived(d("2025-05-30"), m("10000.00"), "VIR 501", null, false, List.of()));
        files.record(id, new EventData.PaymentReceived(d("2025-07-03"), m("4000.00"), "VIR 502", null, false, List.of()));
    }

    private FollowUp followUp() {
        return files.followUps.of(TENANT, id, d("2025-07-15"), "en");
    }

    @Test
    void theSecondInstalmentIsPartlyKeptWithSixThousandMissing() {
        FollowUp f = followUp();

        assertThat(f.missed()).extracting(Commitment::instalment, Commitment::dueDate, Commitment::paidByDueDate,
                Commitment::paid, Commitment::missing, Commitment::status, Commitment::flaggedOn).containsExactly(
                        tuple(2, d("2025-06-30"), m("0.00"), m("4000.00"), m("6000.00"), Status.PARTLY_KEPT,
                                d("2025-07-01")));
        assertThat(f.overdue()).isEqualTo(m("6000.00"));
        assertThat(f.upcoming()).as("#3 is accelerated, not upcoming").isEmpty();
    }

    @Test
    void theAccelerationMakesTheRestOfThePlanDue() {
        FollowUp.Acceleration a = followUp().acceleration();

        assertThat(a).isEqualTo(new FollowUp.Acceleration(planSeq, 2, d("2025-06-30"), 8, d("2025-07-09"),
                m("16000.00")));
    }

    @Test
    void theStatementFiguresMatchTheHandComputation() {
        FollowUp f = followUp();

        assertThat(f.statement()).isEqualTo(new FollowUp.Figures(m("16000.00"), m("677.15"), m("0.00"),
                m("16677.15")));
        assertThat(f.balance()).isEqualTo(m("16000.00"));
        StatementLine line = files.statements.of(files.get(id), d("2025-07-15")).lines().get(0);
        assertThat(line.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                InterestPeriod::base, InterestPeriod::interest).containsExactly(
                        tuple(d("2025-04-01"), d("2025-05-30"), 60L, m("30000.00"), m("456.16")),
                        tuple(d("2025-05-31"), d("2025-07-03"), 34L, m("20000.00"), m("172.33")),
                        tuple(d("2025-07-04"), d("2025-07-15"), 12L, m("16000.00"), m("48.66")));
        assertThat(line.daysLate()).isEqualTo(106);
        assertThat(line.prescriptionDate()).isEqualTo(d("2030-05-05"));
    }

    @Test
    void escalationRecommendsAFormalNotice() {
        FollowUp f = followUp();

        assertThat(f.escalation().recommended()).isTrue();
        assertThat(f.escalation().reasons()).extracting(FollowUp.Reason::code, FollowUp.Reason::evidence)
                .containsExactly(tuple(FollowUp.ReasonCode.COMMITMENTS_BROKEN, List.of(planSeq)));
        assertThat(f.escalation().reasons().get(0).message()).isEqualTo("Acceleration: instalment 2 due 2025-06-30 "
                + "was still unpaid 8 days later; since 2025-07-09 the whole rest of the plan (16000.00 MAD) is due.");
        assertThat(f.next().action()).isEqualTo(FollowUp.Action.SEND_FORMAL_NOTICE);
        assertThat(f.next().letter()).isEqualTo(FollowUp.Letter.MISE_EN_DEMEURE);
        assertThat(f.due()).extracting(FollowUp.Due::kind, FollowUp.Due::date).containsExactly(
                tuple(FollowUp.DueKind.ESCALATION, d("2025-07-15")),
                tuple(FollowUp.DueKind.ACCELERATED, d("2025-07-09")),
                tuple(FollowUp.DueKind.MISSED, d("2025-07-01")));
        assertThat(f.dueSince()).isEqualTo(d("2025-07-01"));
        assertThat(f.urgency()).isEqualTo(FollowUp.Urgency.ESCALATION);
    }

    @Test
    void theDayBeforeTheGraceEndsThereIsNoAccelerationYet() {
        FollowUp f = files.followUps.of(TENANT, id, d("2025-07-08"), "en");

        assertThat(f.acceleration()).isNull();
        assertThat(f.escalation().recommended()).as("one broken commitment is below the threshold of 2").isFalse();
        assertThat(f.next().action()).isEqualTo(FollowUp.Action.REACT_TO_MISSED);
        assertThat(f.next().letter()).isEqualTo(FollowUp.Letter.RELANCE);
        assertThat(f.next().message()).isEqualTo("Commitment due 2025-06-30 not kept: 6000.00 MAD is missing. "
                + "Remind the debtor now.");
    }
}
