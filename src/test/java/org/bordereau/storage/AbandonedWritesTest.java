package org.bordereau.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a process killed mid-write leaves in the file store, and what removing it must never touch. */
class AbandonedWritesTest {
    private static final Instant CUTOFF = Instant.now().minus(Duration.ofHours(24));

    @TempDir
    Path dir;

    @Test
    void oldTemporaryFilesAreRemovedWhileYoungOnesAndEveryObjectStay() throws Exception {
        Path data = dir.resolve("data");
        FileBlobStore store = new FileBlobStore(data);
        store.put("t/acme/blobs/sha256/ab/abcd", "%PDF-1.7 invoice".getBytes(UTF_8), "application/pdf");
        store.putIfAbsent("t/acme/cases/c1/events/0000000001.json", "{}".getBytes(UTF_8), "application/json");
        Path blobs = data.resolve("t/acme/blobs/sha256/ab");
        Path events = data.resolve("t/acme/cases/c1/events");
        Path killedUpload = Files.writeString(blobs.resolve(".tmp-4821"), "%PDF-1.7 half an invoice");
        Path killedEvent = Files.writeString(events.resolve(".tmp-77"), "{\"seq\":2");
        Path inProgress = Files.writeString(events.resolve(".tmp-90"), "{\"seq\":3");
        // Objects and sidecars as old as the leftovers: age alone must not condemn them.
        try (Stream<Path> all = Files.walk(data)) {
            all.filter(path -> !path.equals(inProgress)).forEach(path -> age(path, Duration.ofHours(25)));
        }
        age(inProgress, Duration.ofMinutes(1));

        Leftovers.Removed removed = store.removeAbandonedWrites(CUTOFF);

        assertThat(killedUpload).doesNotExist();
        assertThat(killedEvent).doesNotExist();
        assertThat(inProgress).as("another instance's write in progress").exists();
        assertThat(removed.files()).isEqualTo(2);
        assertThat(removed.bytes()).isEqualTo("%PDF-1.7 half an invoice".length() + "{\"seq\":2".length());
        assertThat(removed.failures()).isZero();
        assertThat(new String(store.getBytes("t/acme/blobs/sha256/ab/abcd"), UTF_8)).isEqualTo("%PDF-1.7 invoice");
        assertThat(store.head("t/acme/blobs/sha256/ab/abcd").orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(store.listAll("t/acme/")).extracting(BlobStore.BlobInfo::key)
                .containsExactly("t/acme/blobs/sha256/ab/abcd", "t/acme/cases/c1/events/0000000001.json");
    }

    @Test
    void aSymbolicLinkInTheDataDirectoryIsNeverFollowed() throws Exception {
        Path data = dir.resolve("data");
        FileBlobStore store = new FileBlobStore(data);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path foreignTemp = Files.writeString(elsewhere.resolve(".tmp-not-ours"), "someone else's file");
        Path foreignFile = Files.writeString(dir.resolve("notes.txt"), "someone else's notes");
        Path tenant = Files.createDirectories(data.resolve("t/acme"));
        Files.createSymbolicLink(tenant.resolve("linked-folder"), elsewhere);
        Path linkedFile = Files.createSymbolicLink(tenant.resolve(".tmp-link"), foreignFile);
        Path ours = Files.writeString(tenant.resolve(".tmp-12"), "half a write");
        for (Path path : new Path[] {foreignTemp, foreignFile, linkedFile, ours}) {
            age(path, Duration.ofDays(3));
        }

        Leftovers.Removed removed = store.removeAbandonedWrites(CUTOFF);

        assertThat(ours).as("the store's own leftover").doesNotExist();
        assertThat(foreignTemp).as("found only through a link to a folder").hasContent("someone else's file");
        assertThat(foreignFile).as("the target of a link named like a temporary file").hasContent("someone else's notes");
        assertThat(removed.files()).isEqualTo(1);
    }

    /** Sets the entry's own modification time (a link's, not its target's). */
    static void age(Path path, Duration age) {
        try {
            Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.from(Instant.now().minus(age)), null, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
