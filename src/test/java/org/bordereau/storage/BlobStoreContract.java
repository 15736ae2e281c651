package org.bordereau.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bordereau.storage.BlobStore.BlobInfo;
import org.bordereau.storage.BlobStore.ListPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link BlobStore} promises, run against each implementation. Each test works under
 * its own random prefix, so implementations may share one store across the tests of a class.
 */
abstract class BlobStoreContract {
    static final String PDF = "application/pdf";
    static final String JSON = "application/json";
    private static final long MIB = 1024 * 1024;

    /** The store under test; the same instance for the whole of one test. */
    protected abstract BlobStore store();

    /**
     * Whether the test server shares this JVM and buffers uploads in its heap (S3Proxy does): then
     * the live heap is sampled only at the client's own milestones (reading the source while it
     * spools, reading the object back), never while the server is holding the upload.
     */
    protected boolean serverBuffersUploadsInThisHeap() {
        return false;
    }

    /** Called after every hostile-key test: the file store checks nothing appeared outside its root. */
    protected void assertNothingEscaped() throws Exception {}

    protected String p;

    @BeforeEach
    void freshPrefix() {
        p = "c/" + UUID.randomUUID().toString().substring(0, 8) + "/";
    }

    @Test
    void streamsAnObjectInAndOutByteForByte() throws Exception {
        byte[] data = randomBytes(300_000, 1);
        store().put(p + "doc.pdf", new ByteArrayInputStream(data), data.length, PDF);
        try (InputStream in = store().get(p + "doc.pdf")) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        store().put(p + "empty", new byte[0], "text/plain");
        assertThat(store().getBytes(p + "empty")).isEmpty();
        assertThat(store().head(p + "empty")).hasValueSatisfying(info -> assertThat(info.size()).isZero());
    }

    @Test
    void putReplacesAnExistingObject() {
        store().put(p + "k", bytes("first"), "text/plain");
        store().put(p + "k", bytes("second, longer"), JSON);
        assertThat(store().getBytes(p + "k")).isEqualTo(bytes("second, longer"));
        assertThat(store().head(p + "k")).hasValue(new BlobInfo(p + "k", 14, JSON));
    }

    @Test
    void putIfAbsentWritesOnceAndNeverReplaces() {
        assertThat(store().putIfAbsent(p + "events/0000000001.json", bytes("{\"seq\":1}"), JSON)).isTrue();
        assertThat(store().putIfAbsent(p + "events/0000000001.json", bytes("{\"seq\":1,\"x\":2}"), "text/plain")).isFalse();
        assertThat(store().getBytes(p + "events/0000000001.json")).isEqualTo(bytes("{\"seq\":1}"));
        assertThat(store().head(p + "events/0000000001.json")).hasValue(new BlobInfo(p + "events/0000000001.json", 9, JSON));
    }

    @Test
    void putIfAbsentNeverReplacesObjectsAboveTheMultipartThreshold() throws Exception {
        // 6 MiB is above the 5 MiB part size where S3 clients like to switch to multipart, which
        // would drop If-None-Match (DESIGN.md §8).
        byte[] first = randomBytes((int) (6 * MIB), 2);
        byte[] second = randomBytes((int) (6 * MIB), 3);
        assertThat(store().putIfAbsent(p + "big", new ByteArrayInputStream(first), first.length, PDF)).isTrue();
        assertThat(store().putIfAbsent(p + "big", new ByteArrayInputStream(second), second.length, PDF)).isFalse();
        assertThat(sha256(store().getBytes(p + "big"))).isEqualTo(sha256(first));
    }

    @Test
    void sixteenRacingWritersOfOneKeyHaveExactlyOneWinnerAndItsBytesWhole() throws Exception {
        List<byte[]> contents = IntStream.range(0, 16).mapToObj(i -> randomBytes(64 * 1024, 100 + i)).toList();
        List<Boolean> results = race(16, i -> store().putIfAbsent(p + "race", contents.get(i), JSON));
        assertThat(results).containsOnlyOnce(true);
        byte[] stored = store().getBytes(p + "race");
        assertThat(stored).isEqualTo(contents.get(results.indexOf(true)));
    }

    @Test
    void racingWritersOfLargeObjectsHaveExactlyOneWinner() throws Exception {
        // Above S3BlobStore's in-memory limit: these go through its spool file.
        List<byte[]> contents = IntStream.range(0, 3).mapToObj(i -> randomBytes((int) (10 * MIB), 200 + i)).toList();
        List<Boolean> results = race(3, i -> store().putIfAbsent(
                p + "large-race", new ByteArrayInputStream(contents.get(i)), 10 * MIB, PDF));
        assertThat(results).containsOnlyOnce(true);
        assertThat(sha256(store().getBytes(p + "large-race"))).isEqualTo(sha256(contents.get(results.indexOf(true))));
    }

    @Test
    void putEvidenceIfAbsentIsACreateOnlyWrite() {
        assertThat(store().putEvidenceIfAbsent(p + "blobs/sha256/ab/abc", new ByteArrayInputStream(bytes("pdf")), 3, PDF)).isTrue();
        assertThat(store().putEvidenceIfAbsent(p + "blobs/sha256/ab/abc", new ByteArrayInputStream(bytes("PDF")), 3, PDF)).isFalse();
        assertThat(store().getBytes(p + "blobs/sha256/ab/abc")).isEqualTo(bytes("pdf"));
    }

    @Test
    void headGivesSizeAndMediaTypeOrNothing() {
        store().put(p + "a/letter.pdf", bytes("%PDF-1.7 ..."), PDF);
        store().put(p + "a/untyped", bytes("x"), null);
        assertThat(store().head(p + "a/letter.pdf")).hasValue(new BlobInfo(p + "a/letter.pdf", 12, PDF));
        assertThat(store().head(p + "a/untyped")).hasValue(new BlobInfo(p + "a/untyped", 1, "application/octet-stream"));
        assertThat(store().head(p + "a/missing")).isEmpty();
        assertThat(store().head(p + "a")).as("a folder is not an object").isEmpty();
    }

    @Test
    void listsAPrefixInOrderPageByPage() {
        for (int i = 24; i >= 0; i--) {
            store().put(p + "t/a/" + String.format("%010d", i) + ".json", bytes("e" + i), JSON);
        }
        store().put(p + "t/ab/other.json", bytes("not mine"), JSON);
        store().put(p + "t/a.json", bytes("nor me"), JSON);

        ListPage first = store().list(p + "t/a/", null, 10);
        ListPage second = store().list(p + "t/a/", first.nextStartAfter(), 10);
        ListPage third = store().list(p + "t/a/", second.nextStartAfter(), 10);

        List<String> keys = new ArrayList<>();
        Stream.of(first, second, third).forEach(page -> page.items().forEach(item -> keys.add(item.key())));
        assertThat(first.items()).hasSize(10);
        assertThat(second.items()).hasSize(10);
        assertThat(third.items()).hasSize(5);
        assertThat(third.nextStartAfter()).isNull();
        assertThat(keys).isEqualTo(IntStream.range(0, 25)
                .mapToObj(i -> p + "t/a/" + String.format("%010d", i) + ".json").toList());
        assertThat(first.items().get(3)).isEqualTo(new BlobInfo(p + "t/a/0000000003.json", 2, null));
    }

    @Test
    void listOrderIsPlainKeyOrderAcrossFolders() {
        List<String> keys = List.of("t/a-b", "t/a.json", "t/a/x", "t/a0", "t/ab/y", "t/b");
        keys.forEach(k -> store().put(p + k, bytes(k), "text/plain"));
        assertThat(store().listAll(p + "t/")).extracting(BlobInfo::key)
                .containsExactlyElementsOf(keys.stream().map(k -> p + k).toList());
        assertThat(store().listAll(p + "t/a")).extracting(BlobInfo::key)
                .as("a prefix is a string prefix").containsExactly(p + "t/a-b", p + "t/a.json", p + "t/a/x", p + "t/a0", p + "t/ab/y");
    }

    @Test
    void listStartsAfterAnyKeyAndAnswersEmptyForNothing() {
        for (int i = 0; i < 7; i++) {
            store().put(p + "s/" + i, bytes("v"), "text/plain");
        }
        ListPage rest = store().list(p + "s/", p + "s/3", 2);
        assertThat(rest.items()).extracting(BlobInfo::key).containsExactly(p + "s/4", p + "s/5");
        assertThat(rest.nextStartAfter()).isEqualTo(p + "s/5");
        ListPage last = store().list(p + "s/", p + "s/5", 2);
        assertThat(last.items()).extracting(BlobInfo::key).containsExactly(p + "s/6");
        assertThat(last.nextStartAfter()).as("a full last page still says it is the last").isNull();
        assertThat(store().list(p + "nothing/", null, 10)).isEqualTo(new ListPage(List.of(), null));
    }

    @Test
    void childrenAreTheNonEmptySubFoldersInS3Order() {
        store().put(p + "kids/x/1", bytes("1"), "text/plain");
        store().put(p + "kids/x.y/1", bytes("1"), "text/plain");
        store().put(p + "kids/z/deep/1", bytes("1"), "text/plain");
        store().put(p + "kids/file", bytes("1"), "text/plain");
        assertThat(store().children(p + "kids/")).containsExactly("x.y", "x", "z");
        assertThat(store().children(p)).containsExactly("kids");
        assertThat(store().children(p + "none/")).isEmpty();

        store().delete(p + "kids/z/deep/1");
        assertThat(store().children(p + "kids/")).containsExactly("x.y", "x");
    }

    @Test
    void deleteRemovesAndToleratesAbsence() {
        store().put(p + "tmp/upload", bytes("x"), "text/plain");
        store().delete(p + "tmp/upload");
        assertThat(store().head(p + "tmp/upload")).isEmpty();
        assertThat(store().listAll(p + "tmp/")).isEmpty();
        assertThatThrownBy(() -> store().get(p + "tmp/upload")).isInstanceOf(NoSuchBlobException.class);
        store().delete(p + "tmp/upload");
        store().delete(p + "never/was");
    }

    @Test
    void getOfAMissingKeyIsNoSuchBlob() {
        assertThatThrownBy(() -> store().get(p + "missing")).isInstanceOf(NoSuchBlobException.class);
        assertThatThrownBy(() -> store().getBytes(p + "missing")).isInstanceOf(NoSuchBlobException.class);
    }

    @Test
    void presignedUrlServesTheBytesOverHttp() throws Exception {
        byte[] data = randomBytes(50_000, 4);
        store().put(p + "out/dossier.pdf", data, PDF);
        URI url = store().presignGet(p + "out/dossier.pdf", Duration.ofMinutes(5));

        HttpResponse<byte[]> response = http(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(data);
        assertThatThrownBy(() -> store().presignGet(p + "x", Duration.ofDays(8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().presignGet(p + "x", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoHundredMegabytesStreamThroughWithoutFillingTheHeap() throws Exception {
        long size = 200 * MIB;
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        PatternStream source;
        try (HeapProbe heap = new HeapProbe(!serverBuffersUploadsInThisHeap())) {
            source = new PatternStream(size, 42, 64 * MIB, heap::sample);
            store().put(p + "huge.bin", source, size, "application/octet-stream");
            try (InputStream in = store().get(p + "huge.bin")) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; total += n) {
                    read.update(buffer, 0, n);
                    if ((total + n) / (64 * MIB) != total / (64 * MIB)) {
                        heap.sample();
                    }
                }
                assertThat(total).isEqualTo(size);
            }
            assertThat(heap.samples()).isGreaterThanOrEqualTo(6);
            assertThat(heap.peakGrowth()).as("live heap while streaming 200 MB").isLessThan(32 * MIB);
        }
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(HexFormat.of().formatHex(source.digest()));
        assertThat(store().head(p + "huge.bin")).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(size));
        store().delete(p + "huge.bin");
    }

    @Test
    void aStreamThatBreaksItsDeclaredSizeStoresNothing() {
        assertThatThrownBy(() -> store().put(p + "short", new ByteArrayInputStream(bytes("12345")), 10, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().putIfAbsent(p + "long", new ByteArrayInputStream(bytes("1234567890")), 5, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().put(p + "neg", new ByteArrayInputStream(new byte[0]), -1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().head(p + "short")).isEmpty();
        assertThat(store().head(p + "long")).isEmpty();
        assertThat(store().listAll(p)).isEmpty();
    }

    @Test
    void aMediaTypeThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> store().put(p + "x", bytes("x"), "text/plain\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().put(p + "x", bytes("x"), "not a type"))
                .isInstanceOf(IllegalArgumentException.class);
        store().put(p + "x", bytes("x"), "text/plain; charset=utf-8");
        assertThat(store().head(p + "x").orElseThrow().contentType()).startsWith("text/plain");
    }

    static Stream<String> hostileKeys() {
        return Stream.of("../x", "/etc/passwd", "a/../../b", "a/%2e%2e/b", "a%2fb", "%2e%2e", "a\\b", "..\\..\\x",
                "a//b", "a/./b", ".", "..", ".hidden", "a/\u0001b", "a\u0000b", "a\nb", "C:x", "", "a/",
                "x".repeat(1025), "é");
    }

    @ParameterizedTest
    @MethodSource("hostileKeys")
    void hostileKeysAreRefusedByEveryMethod(String key) throws Exception {
        BlobStore s = store();
        assertRefused(() -> s.put(key, new ByteArrayInputStream(bytes("x")), 1, "text/plain"));
        assertRefused(() -> s.putIfAbsent(key, new ByteArrayInputStream(bytes("x")), 1, "text/plain"));
        assertRefused(() -> s.putEvidenceIfAbsent(key, new ByteArrayInputStream(bytes("x")), 1, "text/plain"));
        assertRefused(() -> s.get(key));
        assertRefused(() -> s.head(key));
        assertRefused(() -> s.delete(key));
        assertRefused(() -> s.presignGet(key, Duration.ofMinutes(1)));
        if (!key.isEmpty() && !key.equals("a/")) { // "" and "a/" are fine prefixes
            assertRefused(() -> s.list(key, null, 10));
            assertRefused(() -> s.list(p, key, 10));
            assertRefused(() -> s.children(key + "/"));
        }
        assertNothingEscaped();
    }

    @Test
    void childrenWantAFolder() {
        assertRefused(() -> store().children(p + "kids"));
    }

    private static void assertRefused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(InvalidKeyException.class);
    }

    /** Runs {@code n} calls released at the same instant; results in thread order. */
    static <T> List<T> race(int n, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(id);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface IntFunction<T> {
        T apply(int i) throws Exception;
    }

    static HttpResponse<byte[]> http(URI url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
