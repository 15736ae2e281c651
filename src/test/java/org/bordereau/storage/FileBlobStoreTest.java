package org.bordereau.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.bordereau.storage.BlobStore.BlobInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private FileBlobStore store;
    private PresignedLinks links;
    private LinkServer linkServer;

    @Override
    protected BlobStore store() {
        return store;
    }

    @BeforeEach
    void openStore() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        linkServer = new LinkServer(() -> links, () -> store);
        links = new PresignedLinks(linkServer.baseUrl(), secret, clock);
        store = new FileBlobStore(dir.resolve("data"), links);
    }

    @AfterEach
    void stopLinkServer() {
        linkServer.close();
    }

    @Override
    protected void assertNothingEscaped() throws Exception {
        try (Stream<Path> top = Files.list(dir)) {
            assertThat(top).containsExactly(dir.resolve("data"));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("data"))) {
            assertThat(all.filter(Files::isRegularFile)).as("hostile writes left nothing").isEmpty();
        }
    }

    @Test
    void objectsArePlainFilesAndNeitherTemporaryFilesNorSidecarsAreEverListed() throws Exception {
        store.put("t/acme/blobs/sha256/ab/abcd", bytes("%PDF"), PDF);
        store.putIfAbsent("t/acme/cases/c1/events/0000000001.json", bytes("{}"), JSON);
        Path folder = dir.resolve("data/t/acme/blobs/sha256/ab");
        Files.writeString(folder.resolve(".tmp-12345"), "half a crashed write");
        Files.writeString(folder.resolve("with space"), "not a key");

        assertThat(Files.readString(folder.resolve("abcd"))).isEqualTo("%PDF");
        assertThat(store.listAll("")).extracting(BlobInfo::key)
                .containsExactly("t/acme/blobs/sha256/ab/abcd", "t/acme/cases/c1/events/0000000001.json");
        assertThat(store.children("t/acme/blobs/sha256/")).containsExactly("ab");
        assertThatThrownBy(() -> store.get("t/acme/blobs/sha256/ab/.tmp-12345")).isInstanceOf(InvalidKeyException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("abcd", ".abcd.type", ".tmp-12345", "with space");
        }
    }

    @Test
    void jsonRecordsKeepTheirTypeWithoutASidecarAndAnOtherTypeStillGetsOne() throws Exception {
        Path events = dir.resolve("data/t/acme/cases/c1/events");
        store.put("t/acme/cases/c1/events/0000000001.json", bytes("{}"), JSON);
        store.putIfAbsent("t/acme/cases/c1/events/0000000002.json", bytes("{}"), JSON);
        store.put("t/acme/cases/c1/events/notes.json", bytes("{}"), "text/plain");

        assertThat(store.head("t/acme/cases/c1/events/0000000001.json").orElseThrow().contentType()).isEqualTo(JSON);
        assertThat(store.head("t/acme/cases/c1/events/0000000002.json").orElseThrow().contentType()).isEqualTo(JSON);
        assertThat(store.head("t/acme/cases/c1/events/notes.json").orElseThrow().contentType()).isEqualTo("text/plain");
        try (Stream<Path> files = Files.list(events)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "0000000001.json", "0000000002.json", "notes.json", ".notes.json.type");
        }
        // replaced by JSON: the old sidecar must not outlive the object it described
        store.put("t/acme/cases/c1/events/notes.json", bytes("{\"a\":1}"), JSON);
        assertThat(store.head("t/acme/cases/c1/events/notes.json").orElseThrow().contentType()).isEqualTo(JSON);
        assertThat(events.resolve(".notes.json.type")).doesNotExist();
    }

    @Test
    void aKeyCannotBeBothAnObjectAndAFolder() {
        store.put("a/b", bytes("x"), "text/plain");
        assertThatThrownBy(() -> store.put("a/b/c", bytes("y"), "text/plain"))
                .isInstanceOf(InvalidKeyException.class);
        store.put("x/y/z", bytes("z"), "text/plain");
        assertThatThrownBy(() -> store.put("x/y", bytes("y"), "text/plain"))
                .isInstanceOf(InvalidKeyException.class);
        assertThatThrownBy(() -> store.putIfAbsent("x/y", bytes("y"), "text/plain"))
                .isInstanceOf(InvalidKeyException.class);
        assertThat(store.getBytes("a/b")).isEqualTo(bytes("x"));
    }

    @Test
    void symbolicLinksInsideTheRootAreNeverFollowed() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "outside the root");
        Files.createDirectories(dir.resolve("data/t"));
        Files.createSymbolicLink(dir.resolve("data/t/link"), outside);
        Files.createSymbolicLink(dir.resolve("data/t/dirlink"), dir);

        assertThatThrownBy(() -> store.get("t/link")).isInstanceOf(NoSuchBlobException.class);
        assertThat(store.head("t/link")).isEmpty();
        assertThat(store.listAll("t/")).isEmpty();
        assertThat(store.children("t/")).isEmpty();
    }

    @Test
    void expiredOrTamperedLinksAreRefused() throws Exception {
        store.put("t/acme/out/letter.pdf", bytes("%PDF-1.7"), PDF);
        URI link = store.presignGet("t/acme/out/letter.pdf", Duration.ofMinutes(10));
        assertThat(link.toString()).startsWith(linkServer.baseUrl() + "/v1/links/");
        assertThat(http(link).statusCode()).isEqualTo(200);

        String url = link.toString();
        char last = url.charAt(url.length() - 1);
        URI tampered = URI.create(url.substring(0, url.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertThat(http(tampered).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(10));
        assertThat(http(link).statusCode()).as("expired").isEqualTo(404);
    }

    @Test
    void withoutLinksPresigningIsRefused() {
        FileBlobStore plain = new FileBlobStore(dir.resolve("data"));
        assertThatThrownBy(() -> plain.presignGet("t/x", Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pingFailsWhenTheDirectoryIsGone() throws Exception {
        store.ping();
        Files.delete(dir.resolve("data"));
        assertThatThrownBy(store::ping).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void anotherInstanceOnTheSameDirectorySeesEverything() {
        store.put("t/acme/k", bytes("shared"), JSON);
        FileBlobStore other = new FileBlobStore(dir.resolve("data"));
        assertThat(other.getBytes("t/acme/k")).isEqualTo(bytes("shared"));
        assertThat(other.putIfAbsent("t/acme/k", bytes("mine"), JSON)).isFalse();
        assertThat(other.head("t/acme/k")).hasValue(new BlobInfo("t/acme/k", 6, JSON));
        assertThat(other.list("t/", null, 10).items()).hasSize(1);
        assertThat(other.children("")).containsExactly("t");
    }
}
