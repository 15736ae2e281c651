/**
 * Cases: an append-only, hash-chained event log per case on object storage, the projection that
 * folds it into a {@link org.bordereau.cases.Case}, and the commands that open, read and list cases.
 * Knows nothing of HTTP; uses only {@code storage}.
 *
 * <h2>Storage layout (DESIGN.md §3)</h2>
 * <pre>
 * t/{tenant}/cases/{caseId}/events/{seq:010d}.json   one event per object, seq from 1
 * t/{tenant}/case-refs/{sha256(normalized reference)}.json   {"caseId": ...}: one case per reference
 * </pre>
 * Tenants match {@code [a-z0-9][a-z0-9-]{0,62}}; case ids are ULIDs (26 characters of Crockford
 * base32, time-ordered, 80 random bits), accepted case-insensitively and stored upper-case. A text that
 * is not a case id is answered "not found", like another tenant's case, so no input reaches a key.
 *
 * <h2>Event format</h2>
 * One JSON object, canonical so that its bytes can be hashed: UTF-8, no whitespace, keys sorted at
 * every level, no null members, instants as UTC ISO-8601 to the millisecond, amounts as strings.
 * <pre>
 * {"actor":"...","at":"2025-03-01T09:00:00Z","data":{...},"digest":"...","prev":"...","seq":1,"type":"CASE_OPENED"}
 * </pre>
 * {@code prev} is the hex SHA-256 of the previous event's exact stored bytes; for seq 1 it is 64
 * zeros (never null, so every event has the same shape). {@code digest} (an addition to DESIGN.md) is
 * the SHA-256 of the event's canonical form without {@code digest}: without it an edit of the last
 * event would go unnoticed, since no later event links to it. The chain head (SHA-256 of the last
 * event's bytes) is {@code Case.chainHead}, the value letters and manifests quote.
 *
 * <h2>Concurrency</h2>
 * Appending writes the next seq with {@code putIfAbsent}; a refusal means another writer won.
 * {@link org.bordereau.cases.EventLog#append} then reads the winners' events up to the end of the log
 * (one GET each; one listing when more than 8 behind) and retries at once, up to 50 times, with a
 * 1-20 ms random pause from the second loss in a row, for events whose meaning does not depend on
 * order (notes, documents). Only collisions at the true end count as attempts, so a busy instance
 * never makes another give up; it can delay it for the length of its burst (the winner already knows
 * its own hash, the loser needs one more GET), which is fair enough for request-sized bursts. {@link org.bordereau.cases.EventLog#appendExpecting} instead throws
 * {@link org.bordereau.cases.ConcurrentUpdateException} (HTTP 409) for decisions taken on a version the
 * caller saw (stage changes, plans). Each instance caches the head of the cases it has touched, and
 * threads of one instance queue on a per-case lock rather than racing through the store.
 *
 * <h2>Reading and freshness</h2>
 * Reading checks the chain: a log that is broken (gap, edited event, broken link, stray object) raises
 * {@link org.bordereau.cases.CorruptLogException} rather than showing altered evidence as if intact;
 * {@link org.bordereau.cases.EventLog#verify} reports the first broken seq and why. {@code get} is
 * exact: the cached projection plus whatever follows it in the store, found with one request. A
 * listing may be up to 5 s old (configurable): within that window it costs no request, after it one
 * listing of the tenant's cases folder (one request per 1,000 objects) says which cases moved. A damaged
 * case is left out of listings (and logged), never hides the others.
 *
 * <h2>Memory</h2>
 * An instance holds full cases only for the 2,000 most recently used, across tenants
 * ({@code CaseProjection.DEFAULT_CACHED_CASES}; about 10 KB each measured, so about 20 MB of the
 * 256 MB heap). For every case it keeps a {@code CaseSummary} instead: id, stage, last update,
 * version, and the reference and debtor's name folded for search (about 250 bytes), what a listing
 * filters and sorts on. A listing loads only its page's cases, through the cache or from the store;
 * tenant-wide scans (the follow-up queue) take the ids and load one case at a time. A case no longer
 * held costs one full read of its log when next shown.
 *
 * <h2>Validation of a new case</h2>
 * All problems are reported at once, with field paths ({@code debtor.ice}). Moroccan ICE: 15 digits;
 * its mod-97 key is unofficial (LEGAL.md §4), so a mismatch is a warning kept in the CASE_OPENED event
 * and shown in {@code Case.warnings}, never a refusal. SIREN and SIRET: Luhn; La Poste's SIREN
 * 356000000 passes Luhn itself, its establishments' SIRETs use "digit sum divisible by 5" instead.
 * A SIRET given with a SIREN must start with it. Currencies: ISO 4217 codes that are money (not XXX,
 * XTS, metals, fund codes, or withdrawn codes the JDK still knows).
 * A reference already used by another case of the tenant (compared trimmed, NFKC, case-insensitive)
 * is refused naming that case: two files for one claim are almost always a retried request or a
 * mistake. The reference index makes this hold across instances; a claim whose creator died before
 * writing event 1 is taken over by the next creation with that reference.
 *
 * <h2>Facts of the recovery (issue 5)</h2>
 * {@link org.bordereau.cases.CaseCommands} records what happens in a recovery, each fact one event:
 * CLAIM_ADDED, CLAIM_DOCUMENTS_LINKED, PAYMENT, CALL, EMAIL, MEETING, PROMISE, DISPUTE, DISPUTE_ANSWERED,
 * PLAN_AGREED, DECISION_MAKER_SET, DEBTOR_UPDATED, FORMAL_NOTICE_SENT, DEBT_ACKNOWLEDGED, NOTE (typed
 * GENERAL, INSOLVENCY_SIGN or BAD_FAITH) and STAGE_CHANGED. Each is checked against the case as it is
 * now, every problem at once, then normalized (amounts to the cent, invoice numbers as claimed) before
 * it is written; {@code CaseService.record} stays the unchecked, low-level append (documents).
 * <ul>
 * <li><b>Dates</b> are days in the case's zone ({@link org.bordereau.cases.CaseDates}); a fact dated
 * after today there is refused: facts are recorded once they happened.</li>
 * <li><b>Claims</b> are in the case currency; an invoice number is claimed once per case (compared
 * trimmed, ignoring case). Uniqueness holds across instances: a claim is written with
 * {@code appendExpecting} on the version it was checked on, and re-checked when another writer got in
 * between. {@link org.bordereau.cases.ProposedClaim#of} lists the invoices read by ingestion (number,
 * due date, amountDue else totalAmount) that no claim covers yet: nothing is claimed without an agent.</li>
 * <li><b>Decisions</b> (STAGE_CHANGED, PLAN_AGREED) need the version they were decided on;
 * any other fact honours one when given.</li>
 * <li><b>Stages</b> move one step forward (COMMERCIAL → PERSONALISED → PRE_LITIGATION →
 * LITIGATION_READY) or to a closed outcome, always with a reason; a closed case is never reopened;
 * CLOSED_PAID needs a balance of zero or less. A {@link org.bordereau.cases.StageGuard} supplied from
 * outside adds conditions: {@code rules.LitigationGate} refuses LITIGATION_READY while the file is not
 * complete for litigation.</li>
 * <li><b>Projection.</b> {@link org.bordereau.cases.Recovery} (claims, payments, commitments,
 * interactions, disputes, notices, acknowledgments, notes, balance = claims − payments) is part of
 * {@link org.bordereau.cases.Case}; in JSON its members sit at the top level of the case and amounts
 * are strings. Facts are identified by the {@code seq} of their event (a dispute is answered by it).</li>
 * </ul>
 *
 * <h2>Adding an event type</h2>
 * A record in {@link org.bordereau.cases.EventData}, a constant in {@link org.bordereau.cases.EventType},
 * a sample in {@code EventCatalogueTest}, and a branch in {@link org.bordereau.cases.CaseProjection#apply}
 * if it changes what a case shows. Types are never renamed. A type unknown to a running build (written
 * by a newer instance) is kept as {@link org.bordereau.cases.EventData.Unrecognised}: it moves the
 * version and the chain, nothing else.
 */
package org.bordereau.cases;
