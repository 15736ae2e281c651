package org.bordereau.cases;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds a case's events into a {@link Case}. Full cases are kept only for the most recently used
 * ones, {@code cachedCases} across all tenants ({@link RecentCases}); every case of a tenant keeps a
 * {@link CaseSummary}, what listings filter and sort on. {@link #get} is exact: before answering it
 * asks the store for the event after the cached version (one request; a case no longer held is read
 * whole). {@link #summaries} serves listings and may be up to {@code listFreshness} old.
 */
public final class CaseProjection {
    /**
     * Full cases held at once, across tenants. A realistic case (14 events: documents, claims,
     * payments, a letter) measured about 10 KB of heap ({@code CaseFootprintBenchmark}), so 2,000
     * take about 20 MB of the 256 MB heap the service is sized for, room for cases several times
     * busier, and cover the cases agents are working on; the others are read again when asked for.
     */
    public static final int DEFAULT_CACHED_CASES = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(CaseProjection.class);

    private final EventLog log;
    private final long listFreshnessNanos;
    private final RecentCases recent;
    private final Map<String, TenantCases> tenants = new ConcurrentHashMap<>();

    private static final class TenantCases {
        final Map<String, CaseSummary> summaries = new ConcurrentHashMap<>();
        volatile long refreshedAt;
        volatile boolean refreshed;
    }

    public CaseProjection(EventLog log, Duration listFreshness) {
        this(log, listFreshness, DEFAULT_CACHED_CASES);
    }

    CaseProjection(EventLog log, Duration listFreshness, int cachedCases) {
        this.log = log;
        this.listFreshnessNanos = listFreshness.toNanos();
        this.recent = new RecentCases(cachedCases);
    }

    /** The case as of its latest event in the store. */
    public Case get(String tenant, String caseId) {
        CaseIds.requireTenant(tenant);
        Case cached = recent.get(tenant, caseId);
        List<CaseEvent> events = cached == null
                ? log.read(tenant, caseId)
                : log.readAfter(tenant, caseId, cached.version(), cached.chainHead());
        if (cached == null && events.isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
        return keep(tenant, fold(cached, events));
    }

    /**
     * The case as a listing shows it: the held copy without a request (it is at least as recent as
     * the summary the listing chose it by), else read from the store. Empty for a case whose log has
     * become unreadable: one damaged case must not hide the others.
     */
    Optional<Case> listed(String tenant, String caseId) {
        Case cached = recent.get(CaseIds.requireTenant(tenant), caseId);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            return Optional.of(get(tenant, caseId));
        } catch (CorruptLogException | CaseNotFoundException e) {
            LOG.error("case {} of tenant {} left out of listings: {}", caseId, tenant, e.getMessage());
            return Optional.empty();
        }
    }

    /** Folds an event this instance just appended, if it directly follows the cached state. */
    void observe(String tenant, String caseId, CaseEvent event) {
        Case cached = recent.get(tenant, caseId);
        if (event.seq() == 1) {
            keep(tenant, apply(null, event));
        } else if (cached != null && cached.version() == event.seq() - 1 && cached.chainHead().equals(event.prev())) {
            keep(tenant, apply(cached, event));
        }
    }

    /**
     * A summary of every case of the tenant. Within {@code listFreshness} of the last refresh this
     * costs no request; after it, one listing of the tenant's cases (one request per 1,000 objects)
     * finds which cases moved, and only those are read.
     */
    List<CaseSummary> summaries(String tenant) {
        TenantCases cache = tenant(tenant);
        long now = System.nanoTime();
        if (!cache.refreshed || now - cache.refreshedAt > listFreshnessNanos) {
            refresh(tenant, cache);
            cache.refreshedAt = now;
            cache.refreshed = true;
        }
        return List.copyOf(cache.summaries.values());
    }

    /** How many full cases are held now, across tenants (at most the bound). */
    int cachedCases() {
        return recent.size();
    }

    /** The fold: a case is what its events say, in order. */
    static Case fold(Case state, List<CaseEvent> events) {
        Case current = state;
        for (CaseEvent event : events) {
            current = apply(current, event);
        }
        return current;
    }

    /**
     * One event's effect. CASE_OPENED creates the case; every event moves the version, the chain
     * head and the last-update time; STAGE_CHANGED sets the stage, DECISION_MAKER_SET the contact,
     * DEBTOR_UPDATED the debtor (and replaces the debtor's warnings);
     * fact events (claims, payments, contacts...) go to {@link RecoveryProjection}. A new event type
     * that changes what a case shows gets its branch here or there. Types unknown to this build
     * change nothing else.
     */
    static Case apply(Case state, CaseEvent event) {
        if (event.data() instanceof EventData.CaseOpened o) {
            return new Case(o.caseId(), o.reference(), o.jurisdiction(), o.currency(), o.creditor(), o.debtor(),
                    o.decisionMaker(), Stage.COMMERCIAL, event.at(), event.at(), event.seq(), event.hash(),
                    o.warnings(), List.of(), Recovery.EMPTY, Outputs.NONE);
        }
        if (state == null) {
            throw new IllegalStateException("event " + event.seq() + " precedes CASE_OPENED");
        }
        Stage stage = event.data() instanceof EventData.StageChanged s ? s.stage() : state.stage();
        Contact decisionMaker = event.data() instanceof EventData.DecisionMakerSet d ? d.contact()
                : state.decisionMaker();
        Party debtor = state.debtor();
        List<String> warnings = state.warnings();
        if (event.data() instanceof EventData.DebtorUpdated u) {
            debtor = u.debtor();
            warnings = new java.util.ArrayList<>(warnings);
            warnings.removeIf(w -> w.startsWith("debtor."));
            warnings.addAll(u.warnings());
        }
        List<Document> documents = state.documents();
        if (event.data() instanceof EventData.DocumentAdded added) {
            documents = Documents.added(documents, added, event);
        } else if (event.data() instanceof EventData.DocumentCorrected corrected) {
            documents = Documents.corrected(documents, corrected, event);
        }
        return new Case(state.id(), state.reference(), state.jurisdiction(), state.currency(), state.creditor(),
                debtor, decisionMaker, stage, state.createdAt(), event.at(), event.seq(),
                event.hash(), warnings, documents, RecoveryProjection.apply(state.recovery(), event),
                Outputs.apply(state.outputs(), event));
    }

    private void refresh(String tenant, TenantCases cache) {
        for (Map.Entry<String, Long> last : log.lastSeqs(tenant).entrySet()) {
            CaseSummary known = cache.summaries.get(last.getKey());
            if (known != null && known.version() >= last.getValue()) {
                continue;
            }
            try {
                get(tenant, last.getKey());
            } catch (CorruptLogException | CaseNotFoundException e) {
                // One damaged case must not hide the others; get() and verify() still report it.
                LOG.error("case {} of tenant {} left out of listings: {}", last.getKey(), tenant, e.getMessage());
            }
        }
    }

    private Case keep(String tenant, Case fresh) {
        Case kept = recent.keep(tenant, fresh);
        tenant(tenant).summaries.merge(kept.id(), CaseSummary.of(kept),
                (a, b) -> a.version() >= b.version() ? a : b);
        return kept;
    }

    private TenantCases tenant(String tenant) {
        return tenants.computeIfAbsent(CaseIds.requireTenant(tenant), t -> new TenantCases());
    }
}
