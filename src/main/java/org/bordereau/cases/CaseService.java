package org.bordereau.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bordereau.storage.BlobStore;

/** Opens, reads and lists cases. Every change is an event appended to the case's log. */
public final class CaseService {
    /** How old a listing may be (DESIGN.md leaves it open; a case's own page is always exact). */
    public static final Duration DEFAULT_LIST_FRESHNESS = Duration.ofSeconds(5);
    public static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_QUERY = 200;
    private static final Comparator<CaseSummary> RECENT_FIRST =
            Comparator.comparing(CaseSummary::updatedAt).reversed().thenComparing(CaseSummary::id);

    private final EventLog log;
    private final CaseProjection projection;
    private final ReferenceIndex references;
    private final NewCaseValidator validator = new NewCaseValidator();
    private final CaseIds ids;

    public CaseService(BlobStore store, Clock clock) {
        this(store, clock, DEFAULT_LIST_FRESHNESS);
    }

    public CaseService(BlobStore store, Clock clock, Duration listFreshness) {
        this(store, clock, listFreshness, CaseProjection.DEFAULT_CACHED_CASES);
    }

    /** With room for {@code cachedCases} full cases in memory (tests use a few). */
    CaseService(BlobStore store, Clock clock, Duration listFreshness, int cachedCases) {
        this.log = new EventLog(store, clock);
        this.projection = new CaseProjection(log, listFreshness, cachedCases);
        this.references = new ReferenceIndex(store);
        this.ids = new CaseIds(clock);
    }

    /**
     * Validates the command (all problems at once) and appends the CASE_OPENED event. A reference
     * already used by another case of the tenant is refused: two files for one claim are almost
     * always a mistake or a retried request, and the message names the existing case.
     */
    public Case create(String tenant, String actor, NewCase command) {
        CaseIds.requireTenant(tenant);
        EventLog.requireActor(actor);
        NewCaseValidator.Validated valid = validator.validate(command);
        List<Violation> violations = new ArrayList<>(valid.errors());
        String reference = valid.command().reference();
        if (reference != null) {
            references.lookup(tenant, reference).filter(id -> log.exists(tenant, id))
                    .ifPresent(id -> violations.add(duplicate(id)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return open(tenant, actor, valid);
    }

    /** The problems {@link #create} would report for this command's fields, without storing anything. */
    public List<Violation> check(NewCase command) {
        return validator.validate(command).errors();
    }

    /**
     * Corrects a document's kind and/or fields; the machine's extraction stays beside the correction.
     * Field values are checked like extracted ones (ISO dates, plain decimal amounts, known names).
     */
    public Document correctDocument(String tenant, String caseId, String actor, String documentId,
                                    DocumentKind kind, java.util.Map<String, String> fields, String reason) {
        Case current = get(tenant, caseId);
        current.document(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        List<Violation> violations = DocumentCorrections.check(kind, fields, reason);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        record(tenant, caseId, actor, new EventData.DocumentCorrected(documentId, kind, fields, reason));
        return get(tenant, caseId).document(documentId).orElseThrow();
    }

    /** The case as of its latest event, including events written by other instances. */
    public Case get(String tenant, String caseId) {
        CaseIds.requireTenant(tenant);
        String id = CaseIds.parseCaseId(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return projection.get(tenant, id);
    }

    /**
     * The tenant's cases, most recently updated first, then by id. Filters: {@code stage}, and
     * {@code q} as a substring of the reference or the debtor's name, ignoring case and accents.
     * May be up to the list freshness old (5 s by default); {@link #get} is exact.
     */
    public CasePage list(String tenant, CaseQuery query) {
        CaseIds.requireTenant(tenant);
        checkQuery(query);
        String needle = query.q() == null || query.q().isBlank() ? null : CaseSummary.fold(query.q().strip());
        List<CaseSummary> matching = projection.summaries(tenant).stream()
                .filter(c -> c.matches(query.stage(), needle))
                .sorted(RECENT_FIRST)
                .toList();
        long from = (long) (query.page() - 1) * query.size();
        List<CaseSummary> chosen = from >= matching.size() ? List.of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + query.size()));
        // Only the page's cases are loaded in full: through the cache, or from the store if dropped.
        List<Case> items = chosen.stream().flatMap(c -> projection.listed(tenant, c.id()).stream()).toList();
        return new CasePage(items, query.page(), query.size(), matching.size());
    }

    /**
     * The ids of the tenant's cases, in no particular order, as fresh as a listing (up to the list
     * freshness old): for tenant-wide views that rank cases by their own criteria (the follow-up
     * queue). Load each with {@link #listed} and let it go: holding every case at once is what the
     * bounded cache is there to avoid.
     */
    public List<String> ids(String tenant) {
        return idsWhere(tenant, stage -> true);
    }

    /**
     * As {@link #ids}, only the cases whose stage (as of the listing) is not closed: a scan of open
     * cases does not read closed ones from the store only to skip them.
     */
    public List<String> openIds(String tenant) {
        return idsWhere(tenant, stage -> !stage.isClosed());
    }

    private List<String> idsWhere(String tenant, Predicate<Stage> stages) {
        CaseIds.requireTenant(tenant);
        return projection.summaries(tenant).stream().filter(c -> stages.test(c.stage())).map(CaseSummary::id)
                .toList();
    }

    /**
     * One case of {@link #ids}, as a listing shows it: no request while it is held, else read from the
     * store. Empty if its log has become unreadable (logged; {@link #verify} says why).
     */
    public Optional<Case> listed(String tenant, String caseId) {
        CaseIds.requireTenant(tenant);
        return CaseIds.parseCaseId(caseId).flatMap(id -> projection.listed(tenant, id));
    }

    /** How many full cases this instance holds in memory now, across tenants. */
    int cachedCases() {
        return projection.cachedCases();
    }

    /**
     * Records an event whose meaning does not depend on the events just before it (a note, a
     * received document): retried after other writers. Returns the stored event.
     */
    public CaseEvent record(String tenant, String caseId, String actor, EventData data) {
        String id = existing(tenant, caseId);
        CaseEvent event = log.append(tenant, id, actor, data);
        projection.observe(tenant, id, event);
        return event;
    }

    /**
     * Records an event decided on version {@code expectedVersion} of the case (a stage change, a
     * plan), or throws {@link ConcurrentUpdateException} if the case has moved since.
     */
    public CaseEvent record(String tenant, String caseId, long expectedVersion, String actor, EventData data) {
        String id = existing(tenant, caseId);
        CaseEvent event = log.appendExpecting(tenant, id, expectedVersion, actor, data);
        projection.observe(tenant, id, event);
        return event;
    }

    /** Every event of the case, chain checked, oldest first. */
    public List<CaseEvent> events(String tenant, String caseId) {
        String id = existing(tenant, caseId);
        return log.read(tenant, id);
    }

    /** Re-reads the whole log from the store and checks its hash chain. */
    public ChainCheck verify(String tenant, String caseId) {
        CaseIds.requireTenant(tenant);
        String id = CaseIds.parseCaseId(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return log.verify(tenant, id);
    }

    private Case open(String tenant, String actor, NewCaseValidator.Validated valid) {
        NewCase c = valid.command();
        String id = references.claim(tenant, c.reference(), ids.newCaseId());
        // A claim whose case was never opened (its creator died in between) is taken over: whoever
        // writes event 1 of that id first owns the reference.
        EventData.CaseOpened opened = new EventData.CaseOpened(id, c.reference(), c.jurisdiction(), c.currency(),
                c.creditor(), c.debtor(), c.decisionMaker(), valid.warnings());
        CaseEvent first;
        try {
            first = log.appendExpecting(tenant, id, 0, actor, opened);
        } catch (ConcurrentUpdateException e) {
            throw new InvalidCommandException(List.of(duplicate(id)));
        }
        projection.observe(tenant, id, first);
        return CaseProjection.apply(null, first);
    }

    private String existing(String tenant, String caseId) {
        CaseIds.requireTenant(tenant);
        return CaseIds.parseCaseId(caseId).filter(id -> log.exists(tenant, id))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private static Violation duplicate(String existingId) {
        return new Violation("reference", "is already used by case " + existingId + " of this tenant");
    }

    private static void checkQuery(CaseQuery query) {
        if (query == null) {
            throw new IllegalArgumentException("a listing needs a query (use page 1, size 20 for the first page)");
        }
        List<Violation> problems = new ArrayList<>();
        if (query.page() < 1) {
            problems.add(new Violation("page", "must be 1 or more"));
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            problems.add(new Violation("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (Optional.ofNullable(query.q()).map(String::length).orElse(0) > MAX_QUERY) {
            problems.add(new Violation("q", "is longer than " + MAX_QUERY + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
