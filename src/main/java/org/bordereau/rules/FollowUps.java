package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;
import org.bordereau.rules.FollowUp.Due;
import org.bordereau.rules.FollowUp.DueKind;

/**
 * The follow-up of a case (GET /v1/cases/{id}/follow-up) and the tenant's work queue (GET
 * /v1/follow-up?due=): {@link FollowUpCommitments}, {@link FollowUpEscalation} and {@link NextActions}
 * put together with the scheduled reminder and the statement of account on the day asked, with the
 * tenant's settings ({@link FollowUpSettings}). Dates are days in each case's zone.
 */
public final class FollowUps {
    private static final Comparator<FollowUp> MOST_URGENT_FIRST = Comparator
            .comparing(FollowUp::urgency)
            .thenComparing(FollowUp::dueSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FollowUp::balance, Comparator.reverseOrder())
            .thenComparing(FollowUp::reference);

    private final CaseService cases;
    private final Statements statements;
    private final FollowUpSettings settings;
    private final FollowUpTexts texts;
    private final Clock clock;

    public FollowUps(CaseService cases, Statements statements, FollowUpSettings settings, FollowUpTexts texts,
            Clock clock) {
        this.cases = cases;
        this.statements = statements;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    /** One page of the work queue: the cases with something due, most urgent first; {@code day} echoes the query. */
    public record Queue(String day, List<FollowUp> items, int page, int size, long total, List<Skipped> skipped) {}

    /** A case the queue could not assess (e.g. a claim older than the rate tables), so that it is not silently lost. */
    public record Skipped(String caseId, String reference, String reason) {}

    /**
     * The follow-up of one of {@code tenant}'s cases on {@code asOf} (null: today in the case's zone).
     *
     * @throws org.bordereau.cases.CaseNotFoundException for an unknown case or another tenant's
     * @throws InvalidCommandException for a language that is not fr, ar or en
     */
    public FollowUp of(String tenant, String caseId, LocalDate asOf, String language) {
        FollowUpTexts.In words = texts.in(language);
        Case file = cases.get(tenant, caseId);
        return of(file, asOf == null ? CaseDates.today(file, clock) : asOf, settings.rules(tenant), words);
    }

    /**
     * The tenant's open cases with something due on or before {@code day} (null: each case's today),
     * most urgent first: escalation, then missed commitments, then commitments due and disputes, then
     * reminders; within a rank the oldest due first, then the larger balance.
     */
    public Queue queue(String tenant, LocalDate day, String language, int page, int size) {
        FollowUpTexts.In words = texts.in(language);
        checkPage(page, size);
        FollowUpRules rules = settings.rules(tenant);
        List<FollowUp> due = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // One case at a time through the bounded cache: a tenant's cases need not fit in memory at once.
        // Closed cases are left out by their summary, then checked again on the case (it may be newer).
        for (String caseId : cases.openIds(tenant)) {
            Case file = cases.listed(tenant, caseId).orElse(null);
            if (file != null && !file.stage().isClosed()) {
                try {
                    FollowUp followUp = of(file, day == null ? CaseDates.today(file, clock) : day, rules, words);
                    if (!followUp.due().isEmpty()) {
                        due.add(followUp);
                    }
                } catch (InvalidCommandException e) { // one case that cannot be assessed must not hide the others
                    skipped.add(new Skipped(file.id(), file.reference(), e.violations().stream()
                            .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("")));
                }
            }
        }
        due.sort(MOST_URGENT_FIRST);
        long from = (long) (page - 1) * size;
        List<FollowUp> items = from >= due.size() ? List.of()
                : due.subList((int) from, (int) Math.min(due.size(), from + size));
        return new Queue(day == null ? "today" : day.toString(), items, page, size, due.size(), skipped);
    }

    /**
     * The follow-up of {@code file} on {@code asOf} under {@code rules}, in {@code language}: no I/O.
     *
     * @throws InvalidCommandException for a language that is not fr, ar or en
     */
    public FollowUp of(Case file, LocalDate asOf, FollowUpRules rules, String language) {
        return of(file, asOf, rules, texts.in(language));
    }

    private FollowUp of(Case file, LocalDate asOf, FollowUpRules rules, FollowUpTexts.In words) {
        boolean open = !file.stage().isClosed();
        Statement statement = file.recovery().claims().isEmpty() ? null : statements.of(file, asOf);
        // what is due, not claims minus payments: in France a part payment goes to the penalties first
        BigDecimal totalDue = statement == null ? file.recovery().balance() : statement.totals().totalDue();
        boolean owed = statement != null && totalDue.signum() > 0;
        FollowUpCommitments commitments = new FollowUpCommitments(file.recovery(), asOf, rules.upcomingWithinDays());
        List<FollowUp.Reason> reasons = open && owed
                ? new FollowUpEscalation(file, asOf, rules, words).reasons(commitments, statement) : List.of();
        FollowUp.Reminder reminder = open && owed ? reminder(file, asOf, rules) : null;
        FollowUp.NextAction next = NextActions.decide(file, totalDue, asOf, commitments, !reasons.isEmpty(), reminder, words);
        List<Due> due = open && owed ? due(file, asOf, commitments, reminder, next) : List.of();
        return new FollowUp(file.id(), file.reference(), file.debtor().name(), file.jurisdiction(), file.currency(),
                file.stage(), asOf, words.language(), file.recovery().balance(), figures(statement), reminder,
                open ? commitments.upcoming : List.of(), commitments.missed, commitments.overdue(),
                commitments.acceleration, new FollowUp.Escalation(!reasons.isEmpty(), reasons), next, due,
                due.stream().map(Due::date).min(Comparator.naturalOrder()).orElse(null), urgency(due));
    }

    /**
     * Last contact with the debtor or formal notice (else the day the case was opened) + the stage's
     * cadence. Opening the file is not a contact: calls recorded from before it count.
     */
    private static FollowUp.Reminder reminder(Case file, LocalDate asOf, FollowUpRules rules) {
        Integer every = rules.cadence(file.stage());
        if (every == null) {
            return null;
        }
        LocalDate last = null;
        long seq = 1;
        for (Interaction i : file.recovery().interactions()) {
            if (!i.date().isAfter(asOf) && (last == null || !i.date().isBefore(last))) {
                last = i.date();
                seq = i.seq();
            }
        }
        for (FormalNotice n : file.recovery().notices()) {
            if (!n.date().isAfter(asOf) && (last == null || !n.date().isBefore(last))) {
                last = n.date();
                seq = n.seq();
            }
        }
        if (last == null) { // no contact yet: the cadence runs from the day the case was opened
            last = LocalDate.ofInstant(file.createdAt(), CaseDates.zone(file.jurisdiction()));
            if (last.isAfter(asOf)) {
                return null; // a day before the file existed has no schedule
            }
        }
        LocalDate date = last.plusDays(every);
        return new FollowUp.Reminder(last, seq, every, date, !date.isAfter(asOf));
    }

    private static List<Due> due(Case file, LocalDate asOf, FollowUpCommitments commitments,
            FollowUp.Reminder reminder, FollowUp.NextAction next) {
        List<Due> due = new ArrayList<>();
        if (next.action() == FollowUp.Action.SEND_FORMAL_NOTICE || next.action() == FollowUp.Action.PREPARE_LITIGATION) {
            due.add(new Due(DueKind.ESCALATION, asOf, null));
        }
        NextActions.openDispute(file.recovery(), asOf).ifPresent(d -> due.add(new Due(DueKind.DISPUTE, d.date(), d.seq())));
        if (commitments.acceleration != null) {
            due.add(new Due(DueKind.ACCELERATED, commitments.acceleration.on(), commitments.acceleration.planSeq()));
        }
        commitments.missed.stream().filter(c -> c.missing().signum() > 0)
                .forEach(c -> due.add(new Due(DueKind.MISSED, c.flaggedOn(), c.seq())));
        commitments.upcoming.stream().filter(c -> !c.dueDate().isAfter(asOf))
                .forEach(c -> due.add(new Due(DueKind.COMMITMENT_DUE, c.dueDate(), c.seq())));
        if (reminder != null && reminder.due()) {
            due.add(new Due(DueKind.REMINDER, reminder.date(), reminder.lastContactSeq()));
        }
        return due;
    }

    private static FollowUp.Urgency urgency(List<Due> due) {
        FollowUp.Urgency most = FollowUp.Urgency.NONE;
        for (Due d : due) {
            FollowUp.Urgency u = switch (d.kind()) {
                case ESCALATION -> FollowUp.Urgency.ESCALATION;
                case MISSED, ACCELERATED -> FollowUp.Urgency.MISSED;
                case DISPUTE, COMMITMENT_DUE -> FollowUp.Urgency.DUE;
                case REMINDER -> FollowUp.Urgency.REMINDER;
            };
            most = u.compareTo(most) < 0 ? u : most;
        }
        return most;
    }

    private static FollowUp.Figures figures(Statement statement) {
        if (statement == null) {
            return null;
        }
        StatementTotals t = statement.totals();
        return new FollowUp.Figures(t.outstanding(), t.interest(), t.indemnities(), t.totalDue());
    }

    private static void checkPage(int page, int size) {
        List<Violation> problems = new ArrayList<>();
        if (page < 1) {
            problems.add(new Violation("page", "must be 1 or more"));
        }
        if (size < 1 || size > CaseService.MAX_PAGE_SIZE) {
            problems.add(new Violation("size", "must be from 1 to " + CaseService.MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
