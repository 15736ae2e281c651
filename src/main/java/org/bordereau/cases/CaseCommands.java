package org.bordereau.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records what happens in a recovery: claims, payments, contacts, promises, disputes, plans, notices,
 * acknowledgments, notes, the decision-maker and stage changes. Each command is checked against the
 * case as it is now, every problem reported at once ({@link InvalidCommandException}), then appended
 * as one event. Decisions taken on what the agent saw (stage changes, plans) need the version they
 * were taken on and fail with {@link ConcurrentUpdateException} if the case moved since.
 */
public final class CaseCommands {
    /** Types an agent records through {@link #record}; documents and case opening have their own commands. */
    private static final Set<Class<? extends EventData>> FACTS = Set.of(
            EventData.ClaimAdded.class, EventData.PaymentReceived.class, EventData.Call.class,
            EventData.Email.class, EventData.Meeting.class, EventData.PromiseMade.class,
            EventData.DisputeRaised.class, EventData.DisputeAnswered.class, EventData.PlanAgreed.class,
            EventData.DecisionMakerSet.class, EventData.FormalNoticeSent.class, EventData.DebtAcknowledged.class,
            EventData.Note.class, EventData.StageChanged.class, EventData.ClaimDocumentsLinked.class,
            EventData.DebtorUpdated.class);
    /** Decisions: recorded only on the version of the case they were decided on. */
    private static final Set<Class<? extends EventData>> DECISIONS = Set.of(
            EventData.StageChanged.class, EventData.PlanAgreed.class);
    /** How often a claim is re-checked when another writer appended between the check and the write. */
    private static final int CLAIM_ATTEMPTS = 10;

    private final CaseService cases;
    private final Clock clock;
    private final StageGuard guard;

    public CaseCommands(CaseService cases, Clock clock, StageGuard guard) {
        this.cases = cases;
        this.clock = clock;
        this.guard = guard;
    }

    /** Whether {@link #record} takes this type. */
    public static boolean isFact(EventType type) {
        return FACTS.contains(type.dataType());
    }

    /** Confirms an invoice claim; the invoice number must not be claimed on the case yet. */
    public Claim addClaim(String tenant, String caseId, String actor, EventData.ClaimAdded claim) {
        CaseEvent event = record(tenant, caseId, actor, null, claim);
        return cases.get(tenant, caseId).recovery().claims().stream().filter(c -> c.seq() == event.seq())
                .findFirst().orElseThrow();
    }

    /**
     * Checks and appends a fact. {@code expectedVersion}: the version the decision was taken on;
     * required for STAGE_CHANGED and PLAN_AGREED, honoured for any type when given.
     *
     * @throws InvalidCommandException listing every problem
     * @throws ConcurrentUpdateException when the case is no longer at {@code expectedVersion}
     */
    public CaseEvent record(String tenant, String caseId, String actor, Long expectedVersion, EventData fact) {
        requireFact(fact);
        for (int attempt = 1; ; attempt++) {
            Case current = cases.get(tenant, caseId);
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new ConcurrentUpdateException(current.id(), expectedVersion, current.version());
            }
            EventData checked = checked(current, expectedVersion, fact);
            if (expectedVersion != null) {
                return cases.record(tenant, current.id(), expectedVersion, actor, checked);
            }
            if (!(checked instanceof EventData.ClaimAdded)) {
                return cases.record(tenant, current.id(), actor, checked);
            }
            try {
                // Invoice numbers are unique on a case: write only on the state that was checked.
                return cases.record(tenant, current.id(), current.version(), actor, checked);
            } catch (ConcurrentUpdateException e) {
                if (attempt == CLAIM_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The problems {@link #record} would report for this fact on the case as it is now; nothing is stored. */
    public List<Violation> check(String tenant, String caseId, Long expectedVersion, EventData fact) {
        requireFact(fact);
        return evaluate(cases.get(tenant, caseId), expectedVersion, fact).violations();
    }

    private static void requireFact(EventData fact) {
        if (fact == null || !FACTS.contains(fact.getClass())) {
            throw new IllegalArgumentException("not a fact an agent records: "
                    + (fact == null ? null : EventType.nameOf(fact)));
        }
    }

    /** Moves the case to {@code target}, decided on {@code expectedVersion}, for {@code reason}. */
    public Case changeStage(String tenant, String caseId, String actor, long expectedVersion, Stage target,
                            String reason) {
        if (target == null) {
            throw new InvalidCommandException(List.of(new Violation("stage", "is required")));
        }
        record(tenant, caseId, actor, expectedVersion, new EventData.StageChanged(target, reason));
        return cases.get(tenant, caseId);
    }

    private EventData checked(Case current, Long expectedVersion, EventData fact) {
        FactChecks.Checked checked = evaluate(current, expectedVersion, fact);
        if (!checked.violations().isEmpty()) {
            throw new InvalidCommandException(checked.violations());
        }
        return checked.data();
    }

    private FactChecks.Checked evaluate(Case current, Long expectedVersion, EventData fact) {
        FactChecks.Checked checked = FactChecks.check(current, fact, CaseDates.today(current, clock));
        List<Violation> problems = new ArrayList<>(checked.violations());
        problems.addAll(decision(current, expectedVersion, checked));
        return new FactChecks.Checked(checked.data(), problems);
    }

    /** A decision needs its version; a valid move to another stage must also pass the guard. */
    private List<Violation> decision(Case current, Long expectedVersion, FactChecks.Checked checked) {
        List<Violation> problems = new ArrayList<>();
        EventData data = checked.data();
        if (expectedVersion == null && DECISIONS.contains(data.getClass())) {
            problems.add(new Violation("expectedVersion", "is required for " + EventType.nameOf(data)
                    + ": give the version of the case you decided on"));
        }
        if (data instanceof EventData.StageChanged s && checked.violations().stream()
                .noneMatch(v -> v.field().equals("stage"))) {
            problems.addAll(guard.check(current, s.stage()));
        }
        return problems;
    }
}
