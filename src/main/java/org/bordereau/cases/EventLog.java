package org.bordereau.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.NoSuchBlobException;

/**
 * A case's append-only, hash-chained event log: {@code t/{tenant}/cases/{caseId}/events/{seq:010d}.json},
 * one object per event, seq from 1 (DESIGN.md §3). Appending is {@code putIfAbsent} of the next
 * number, so instances sharing a bucket need no other coordination: the loser of a race re-reads the
 * head and tries again, or gives up with {@link ConcurrentUpdateException} when order matters.
 *
 * <p>The head of each case this instance has seen is cached (seq and hash), so an append costs one
 * PUT when nobody else wrote; after a lost race it reads the winners' events to the end of the log
 * (one GET each, a listing when far behind) and tries again at once.
 * Appends to one case from threads of this instance queue on a lock instead of racing each other
 * through the store.
 */
public final class EventLog {
    private static final int MAX_ATTEMPTS = 50;
    private static final int MAX_PAUSE_MILLIS = 20;
    private static final int MAX_CHASE = 8;
    private static final int LOCK_STRIPES = 64;
    private static final String JSON = "application/json";

    private final BlobStore store;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private final Map<String, Head> heads = new ConcurrentHashMap<>();
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    private record Head(long seq, String hash) {}

    public EventLog(BlobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Appends after whatever the head is now, retrying (up to 50 times; from the second loss in a
     * row after a short random pause) when another writer takes the number first. For events whose
     * meaning does not depend on what came just before: notes, received documents. The case must exist.
     */
    public CaseEvent append(String tenant, String caseId, String actor, EventData data) {
        String prefix = prefix(tenant, caseId);
        requireActor(actor);
        return locked(prefix, () -> {
            Head head = Optional.ofNullable(heads.get(prefix)).or(() -> loadHead(prefix))
                    .orElseThrow(() -> new CaseNotFoundException(caseId));
            for (int attempt = 1; ; attempt++) {
                EventCodec.Encoded next = codec.encode(head.seq + 1, now(), actor, data, head.hash);
                if (store.putIfAbsent(key(prefix, head.seq + 1), next.bytes(), JSON)) {
                    remember(prefix, next.event());
                    return next.event();
                }
                Head theirs = latest(prefix, head);
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrentUpdateException(caseId, head.seq, theirs.seq);
                }
                head = theirs;
                if (attempt >= 2) {
                    pause(attempt); // lost twice in a row: a third writer or a hot case, spread out
                }
            }
        });
    }

    /**
     * Appends only if the case is exactly at {@code expectedVersion} (0 opens a new log), else throws
     * {@link ConcurrentUpdateException}: for commands decided on the state the caller saw (a stage
     * change, a payment plan) which must not be silently reordered after someone else's event.
     */
    public CaseEvent appendExpecting(String tenant, String caseId, long expectedVersion, String actor, EventData data) {
        String prefix = prefix(tenant, caseId);
        requireActor(actor);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
        return locked(prefix, () -> {
            Head head = headAt(prefix, caseId, expectedVersion);
            EventCodec.Encoded next = codec.encode(expectedVersion + 1, now(), actor, data, head.hash);
            if (store.putIfAbsent(key(prefix, expectedVersion + 1), next.bytes(), JSON)) {
                remember(prefix, next.event());
                return next.event();
            }
            throw new ConcurrentUpdateException(caseId, expectedVersion, latest(prefix, head).seq);
        });
    }

    /** Every event of the case, chain checked; empty when the case has none. */
    public List<CaseEvent> read(String tenant, String caseId) {
        ChainWalker walker = walkAll(tenant, caseId);
        if (walker.isBroken()) {
            throw new CorruptLogException(caseId, walker.result());
        }
        if (walker.lastSeq() > 0) {
            remember(prefix(tenant, caseId), new Head(walker.lastSeq(), walker.lastHash()));
        }
        return walker.events();
    }

    /**
     * The events after {@code afterSeq}, whose stored bytes hashed to {@code afterHash}: one GET per
     * new event plus one that finds nothing, so "anything new?" costs a single request.
     */
    public List<CaseEvent> readAfter(String tenant, String caseId, long afterSeq, String afterHash) {
        String prefix = prefix(tenant, caseId);
        ChainWalker walker = new ChainWalker(codec, caseId, afterSeq, afterHash);
        for (long seq = afterSeq + 1; ; seq++) {
            Optional<byte[]> bytes = fetch(prefix, seq);
            if (bytes.isEmpty()) {
                break;
            }
            if (!walker.accept(seq, bytes.get())) {
                throw new CorruptLogException(caseId, walker.result());
            }
        }
        if (walker.lastSeq() > afterSeq) {
            remember(prefix, new Head(walker.lastSeq(), walker.lastHash()));
        }
        return walker.events();
    }

    /** Re-reads the whole log from the store (no cache) and checks every link of the chain. */
    public ChainCheck verify(String tenant, String caseId) {
        ChainWalker walker = walkAll(tenant, caseId);
        if (walker.lastSeq() == 0 && !walker.isBroken()) {
            throw new CaseNotFoundException(caseId);
        }
        return walker.result();
    }

    /** Whether the case has been opened (its first event exists). */
    public boolean exists(String tenant, String caseId) {
        String prefix = prefix(tenant, caseId);
        return heads.containsKey(prefix) || store.head(key(prefix, 1)).isPresent();
    }

    /**
     * The highest stored seq of every case of the tenant, from one listing of its cases folder
     * (one request per 1,000 objects), page by page: a tenant of 100 000 cases lists 1.4 million keys,
     * which held whole (listAll) took 200 MB. Not chain checked: it tells what changed, not what is true.
     */
    Map<String, Long> lastSeqs(String tenant) {
        Map<String, Long> last = new HashMap<>();
        store.forEach(CaseKeys.cases(tenant), object -> CaseKeys.caseEventOf(object.key())
                .ifPresent(e -> last.merge(e.getKey(), e.getValue(), Math::max)));
        return last;
    }

    /** The storage key of event {@code seq} of a case. */
    public static String key(String tenant, String caseId, long seq) {
        return CaseKeys.event(CaseKeys.events(tenant, caseId), seq);
    }

    private static String prefix(String tenant, String caseId) {
        return CaseKeys.events(tenant, caseId);
    }

    private static String key(String prefix, long seq) {
        return CaseKeys.event(prefix, seq);
    }

    private ChainWalker walkAll(String tenant, String caseId) {
        String prefix = prefix(tenant, caseId);
        ChainWalker walker = new ChainWalker(codec, caseId, 0, EventCodec.GENESIS);
        for (BlobStore.BlobInfo object : store.listAll(prefix)) {
            String name = object.key().substring(prefix.length());
            OptionalLong seq = CaseKeys.seqOf(name);
            if (seq.isEmpty()) {
                walker.stray(name);
            } else {
                // an object deleted between listing and reading shows up as a gap at the next one
                fetch(prefix, seq.getAsLong()).ifPresent(bytes -> walker.accept(seq.getAsLong(), bytes));
            }
            if (walker.isBroken()) {
                break;
            }
        }
        return walker;
    }

    /** Expected version known: from the cache when it matches, else from the store. */
    private Head headAt(String prefix, String caseId, long expected) {
        Head known = heads.get(prefix);
        if (known != null && known.seq > expected) {
            throw new ConcurrentUpdateException(caseId, expected, known.seq);
        }
        if (expected == 0) {
            return new Head(0, EventCodec.GENESIS);
        }
        if (known != null && known.seq == expected) {
            return known;
        }
        Optional<byte[]> bytes = fetch(prefix, expected);
        if (bytes.isEmpty()) {
            Head actual = loadHead(prefix).orElseThrow(() -> new CaseNotFoundException(caseId));
            throw new ConcurrentUpdateException(caseId, expected, actual.seq);
        }
        return new Head(expected, EventCodec.sha256(bytes.get()));
    }

    /** The last event from a listing: when nothing is cached, or the log ran far ahead of the cache. */
    private Optional<Head> loadHead(String prefix) {
        long last = 0;
        for (BlobStore.BlobInfo object : store.listAll(prefix)) {
            OptionalLong seq = CaseKeys.seqOf(object.key().substring(prefix.length()));
            if (seq.isPresent()) {
                last = Math.max(last, seq.getAsLong());
            }
        }
        long seq = last;
        Optional<Head> head = seq == 0 ? Optional.empty()
                : fetch(prefix, seq).map(bytes -> new Head(seq, EventCodec.sha256(bytes)));
        head.ifPresent(h -> remember(prefix, h));
        return head;
    }

    /**
     * The head after events written by others since {@code from}: one GET per event until one is
     * missing, jumping ahead with one listing when more than {@value #MAX_CHASE} are missed (a cache
     * far behind). Only then is the end of the log known, so each lost PUT is a real collision and
     * 50 attempts are never used up merely because another instance is busy: a loser waits for the
     * other's burst to end instead (the winner knows its own hash and is always one GET ahead).
     */
    private Head latest(String prefix, Head from) {
        Head current = from;
        for (int step = 1; ; step++) {
            Optional<byte[]> next = fetch(prefix, current.seq + 1);
            if (next.isEmpty()) {
                remember(prefix, current);
                return current;
            }
            current = new Head(current.seq + 1, EventCodec.sha256(next.get()));
            if (step == MAX_CHASE) {
                Head seen = current;
                current = loadHead(prefix).filter(listed -> listed.seq > seen.seq).orElse(seen);
            }
        }
    }

    private Optional<byte[]> fetch(String prefix, long seq) {
        try {
            return Optional.of(store.getBytes(key(prefix, seq)));
        } catch (NoSuchBlobException e) {
            return Optional.empty();
        }
    }

    private void remember(String prefix, CaseEvent event) {
        remember(prefix, new Head(event.seq(), event.hash()));
    }

    private void remember(String prefix, Head head) {
        heads.merge(prefix, head, EventLog::later);
    }

    private static Head later(Head a, Head b) {
        return a.seq >= b.seq ? a : b;
    }

    /** Milliseconds are enough for a chronology and keep the stored instants short. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static void requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 200 || actor.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an event needs an actor: 1 to 200 printable characters");
        }
    }

    /** A short random pause, growing with the losses, so that several losers do not collide again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(MAX_PAUSE_MILLIS, 2 * attempt) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while appending an event");
        }
    }

    private <T> T locked(String prefix, Supplier<T> action) {
        ReentrantLock lock = locks[Math.floorMod(prefix.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
