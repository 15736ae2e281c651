package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.storage.S3BlobStore;
import org.bordereau.testing.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several service instances share one bucket with no coordination but {@code putIfAbsent}: 2
 * instances x 4 threads x 25 notes on one case must give exactly 200 notes, in one gapless chain.
 */
class ConcurrentAppendTest {
    static final int INSTANCES = 2;
    static final int THREADS_PER_INSTANCE = 4;
    static final int NOTES_PER_THREAD = 25;
    static final int NOTES = INSTANCES * THREADS_PER_INSTANCE * NOTES_PER_THREAD;

    @Test
    void twoInstancesOnOneS3BucketLoseNoEvent() throws Exception {
        try (S3Server s3 = S3Server.start("cases")) {
            List<S3BlobStore> clients = new ArrayList<>();
            Supplier<BlobStore> newClient = () -> {
                S3BlobStore client = new S3BlobStore(s3.endpoint(), "us-east-1", "cases", S3Server.ACCESS_KEY,
                        S3Server.SECRET_KEY);
                clients.add(client);
                return client;
            };
            try {
                raceAndCheck(newClient);
            } finally {
                for (S3BlobStore client : clients) {
                    client.close();
                }
            }
        }
    }

    @Test
    void twoInstancesOnOneDirectoryLoseNoEvent(@TempDir Path dir) throws Exception {
        raceAndCheck(() -> new FileBlobStore(dir));
    }

    @Test
    void anInstanceWithAStaleHeadCatchesUpInsteadOfOverwriting(@TempDir Path dir) {
        AtomicInteger lostRaces = new AtomicInteger();
        CaseService busy = new CaseService(new FileBlobStore(dir), Clock.systemUTC());
        CaseService stale = new CaseService(new CountingStore(new FileBlobStore(dir), lostRaces), Clock.systemUTC());
        String caseId = busy.create(TENANT, AGENT, Samples.newCase("ACME-STALE")).id();
        stale.record(TENANT, caseId, AGENT, new EventData.Note("stale instance, first"));
        for (int i = 0; i < 20; i++) { // more than the GET-by-GET catch-up: the stale one jumps via a listing
            busy.record(TENANT, caseId, AGENT, new EventData.Note("busy " + i));
        }

        CaseEvent late = stale.record(TENANT, caseId, AGENT, new EventData.Note("stale instance, second"));

        assertThat(lostRaces.get()).isEqualTo(1);
        assertThat(late.seq()).isEqualTo(23);
        assertThat(busy.verify(TENANT, caseId).ok()).isTrue();
        assertThat(busy.get(TENANT, caseId).chainHead()).isEqualTo(late.hash());
    }

    private static void raceAndCheck(Supplier<BlobStore> newStore) throws Exception {
        AtomicInteger lostRaces = new AtomicInteger();
        List<CaseService> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new CaseService(new CountingStore(newStore.get(), lostRaces), Clock.systemUTC()));
        }
        String caseId = instances.get(0).create(TENANT, AGENT, Samples.newCase("ACME-RACE")).id();

        race(instances, caseId);
        assertThat(lostRaces.get()).as("appends that lost a race and were retried").isPositive();

        CaseService auditor = new CaseService(newStore.get(), Clock.systemUTC());
        List<CaseEvent> events = auditor.events(TENANT, caseId);
        assertThat(events).extracting(CaseEvent::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, NOTES + 1).boxed().toList());
        List<String> notes = events.stream().skip(1).map(e -> ((EventData.Note) e.data()).text()).toList();
        assertThat(notes).hasSize(NOTES).doesNotHaveDuplicates();
        assertEachWriterInItsOwnOrder(notes);
        ChainCheck check = auditor.verify(TENANT, caseId);
        assertThat(check.ok()).isTrue();
        assertThat(check.events()).isEqualTo(NOTES + 1);
        for (CaseService instance : instances) {
            assertThat(instance.get(TENANT, caseId).version()).as("every instance sees the end").isEqualTo(NOTES + 1);
        }
    }

    private static void race(List<CaseService> instances, String caseId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
                    CaseService instance = instances.get(i);
                    String writer = "w" + i + "." + t;
                    writers.add(pool.submit(() -> {
                        go.await();
                        for (int n = 0; n < NOTES_PER_THREAD; n++) {
                            instance.record(TENANT, caseId, "agent:" + writer, new EventData.Note(writer + "#" + n));
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A thread's appends are acknowledged one after another, so they are stored in that order. */
    private static void assertEachWriterInItsOwnOrder(List<String> notes) {
        Map<String, Integer> lastSeen = new HashMap<>();
        for (String note : notes) {
            String writer = note.substring(0, note.indexOf('#'));
            int n = Integer.parseInt(note.substring(note.indexOf('#') + 1));
            assertThat(n).as(writer).isEqualTo(lastSeen.getOrDefault(writer, -1) + 1);
            lastSeen.put(writer, n);
        }
    }
}
