package org.bordereau.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bordereau.testing.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class S3BlobStoreTest extends BlobStoreContract {
    private static final String BUCKET = "bordereau-test";
    private static S3Server s3;
    private static S3BlobStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Server.start(BUCKET);
        store = new S3BlobStore(s3.endpoint(), "us-east-1", BUCKET, S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        s3.close();
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected boolean serverBuffersUploadsInThisHeap() {
        return true;
    }

    @Test
    void anUploadStreamsFromItsSpoolFileWithoutFillingTheHeap() throws Exception {
        // What the contract cannot measure with S3Proxy in this JVM (it holds each upload in an
        // array): the client side of a 200 MB PUT, sent to a server that only counts the bytes.
        long size = 200L * 1024 * 1024;
        try (ByteCountingS3 sink = new ByteCountingS3();
                S3BlobStore toSink = new S3BlobStore(sink.endpoint(), "us-east-1", "sink", S3Server.ACCESS_KEY,
                        S3Server.SECRET_KEY);
                HeapProbe heap = new HeapProbe(true)) {
            toSink.put("t/huge.bin", new PatternStream(size, 9, 64L * 1024 * 1024, heap::sample), size, PDF);
            assertThat(sink.bodyBytes()).isEqualTo(size);
            assertThat(sink.requests()).as("one single-part PUT").containsExactly("PUT /sink/t/huge.bin");
            assertThat(heap.peakGrowth()).as("live heap while uploading 200 MB").isLessThan(32L * 1024 * 1024);
        }
    }

    @Test
    void anOutageFailsFastAsUnavailableAndLosesNothing() throws Exception {
        byte[] before = bytes("written before the outage");
        store.put(p + "before", before, JSON);
        s3.stop();
        try {
            assertUnavailableWithin5s(() -> store.put(p + "during", bytes("lost?"), JSON));
            assertUnavailableWithin5s(() -> store.putIfAbsent(p + "during", bytes("lost?"), JSON));
            assertUnavailableWithin5s(() -> store.get(p + "before"));
            assertUnavailableWithin5s(() -> store.head(p + "before"));
            assertUnavailableWithin5s(() -> store.list(p, null, 10));
            assertUnavailableWithin5s(() -> store.children(p));
            assertUnavailableWithin5s(store::ping);
        } finally {
            s3.restart();
        }
        store.ping();
        assertThat(store.getBytes(p + "before")).isEqualTo(before);
        assertThat(store.head(p + "during")).isEmpty();
        assertThat(store.putIfAbsent(p + "during", bytes("after"), JSON)).isTrue();
    }

    @Test
    void refusedCredentialsAreUnavailableAndNeverPrinted() throws Exception {
        String wrongSecret = "definitely-not-the-secret-0001";
        try (S3BlobStore wrong = new S3BlobStore(s3.endpoint(), "us-east-1", BUCKET, S3Server.ACCESS_KEY, wrongSecret)) {
            Throwable failure = catchUnavailable(wrong::ping);
            assertThat(failure.getMessage()).contains("HTTP 403");
            assertThat(fullTrace(failure)).doesNotContain(wrongSecret).doesNotContain(S3Server.ACCESS_KEY);
        }
        s3.stop();
        try {
            assertThat(fullTrace(catchUnavailable(() -> store.get(p + "x"))))
                    .doesNotContain(S3Server.SECRET_KEY).doesNotContain(S3Server.ACCESS_KEY);
        } finally {
            s3.restart();
        }
    }

    @Test
    void aMissingBucketIsUnavailableNotEmpty() throws Exception {
        try (S3BlobStore nowhere = new S3BlobStore(s3.endpoint(), null, "no-such-bucket", S3Server.ACCESS_KEY, S3Server.SECRET_KEY)) {
            assertThat(catchUnavailable(nowhere::ping).getMessage()).contains("does not exist");
            assertThat(catchUnavailable(() -> nowhere.get("t/x")).getMessage()).contains("NoSuchBucket");
            catchUnavailable(() -> nowhere.put("t/x", bytes("x"), JSON));
        }
    }

    @Test
    void presignedUrlsAreSignedForThePublicEndpoint() throws Exception {
        store.put(p + "out/d.pdf", bytes("%PDF-dossier"), PDF);
        String publicEndpoint = s3.endpoint().replace("127.0.0.1", "localhost");
        try (S3BlobStore facing = new S3BlobStore(s3.endpoint(), publicEndpoint, "us-east-1", BUCKET,
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY)) {
            URI url = facing.presignGet(p + "out/d.pdf", Duration.ofMinutes(5));
            assertThat(url.getHost()).isEqualTo("localhost");
            assertThat(url.toString()).doesNotContain(S3Server.SECRET_KEY);
            assertThat(http(url).body()).isEqualTo(bytes("%PDF-dossier"));
        }
    }

    @Test
    void aTamperedPresignedUrlIsRefused() throws Exception {
        store.put(p + "out/a.pdf", bytes("a"), PDF);
        store.put(p + "out/b.pdf", bytes("b"), PDF);
        URI url = store.presignGet(p + "out/a.pdf", Duration.ofMinutes(5));
        URI other = URI.create(url.toString().replace("out/a.pdf", "out/b.pdf"));
        assertThat(http(other).statusCode()).isEqualTo(403);
    }

    @Test
    void aLargeFileIsSentFromWhereItIsAndOnlyOnce() throws Exception {
        Path file = Files.write(dir.resolve("upload.bin"), randomBytes(9 * 1024 * 1024, 7));
        assertThat(store.putIfAbsent(p + "file", file, PDF)).isTrue();
        assertThat(store.putIfAbsent(p + "file", dir.resolve("upload.bin"), PDF)).isFalse();
        assertThat(sha256(store.getBytes(p + "file"))).isEqualTo(sha256(Files.readAllBytes(file)));
        assertThat(store.head(p + "file").orElseThrow().contentType()).isEqualTo(PDF);
    }

    @Test
    void theSpoolFilePathSendsIfNoneMatchToo() throws Exception {
        // The early HEAD in putIfAbsent hides this path from the contract tests; the header must
        // still be on the wire for the race it cannot see.
        Path file = Files.write(dir.resolve("spooled.bin"), randomBytes(9 * 1024 * 1024, 8));
        S3Payload payload = S3Payload.ofFile(file);
        Map<String, String> ifAbsent = Map.of("If-None-Match", "*");
        payload.send(s3.client(), BUCKET, p + "spooled", PDF, ifAbsent, null);
        assertThatThrownBy(() -> payload.send(s3.client(), BUCKET, p + "spooled", PDF, ifAbsent, null))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.response().code()).isEqualTo(412));
    }

    @Test
    void evidenceRetentionFallsBackToAPlainCreateWhereTheBucketHasNoObjectLock() throws Exception {
        // S3Proxy answers 501 to object-lock calls: the probe must read that as "no lock", not fail.
        S3Settings settings = S3Settings.of(s3.endpoint(), null, BUCKET, S3Server.ACCESS_KEY, S3Server.SECRET_KEY)
                .withEvidenceRetention(new EvidenceRetention(EvidenceRetention.Mode.GOVERNANCE, Duration.ofDays(5 * 366)));
        try (S3BlobStore locking = new S3BlobStore(settings)) {
            assertThat(locking.putEvidenceIfAbsent(p + "ev", new ByteArrayInputStream(bytes("e")), 1, PDF)).isTrue();
            assertThat(locking.putEvidenceIfAbsent(p + "ev", new ByteArrayInputStream(bytes("E")), 1, PDF)).isFalse();
            assertThat(locking.getBytes(p + "ev")).isEqualTo(bytes("e"));
            Path file = Files.write(dir.resolve("evidence.pdf"), randomBytes(9 * 1024 * 1024, 10));
            assertThat(locking.putEvidenceIfAbsent(p + "ev-large", file, PDF)).isTrue();
            assertThat(locking.putEvidenceIfAbsent(p + "ev-large", file, PDF)).isFalse();
            assertThat(locking.head(p + "ev-large").orElseThrow().size()).isEqualTo(9 * 1024 * 1024);
        }
        assertThat(settings.toString()).doesNotContain(S3Server.SECRET_KEY);
    }

    private static void assertUnavailableWithin5s(Executable call) {
        long start = System.nanoTime();
        catchUnavailable(call);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private static Throwable catchUnavailable(Executable call) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(call::execute).isInstanceOf(StorageUnavailableException.class)
                .satisfies(e -> caught[0] = e);
        return caught[0];
    }

    private static String fullTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out + " " + t;
    }
}
