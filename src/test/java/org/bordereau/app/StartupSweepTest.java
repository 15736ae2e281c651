package org.bordereau.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.testing.RunningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work files a killed process left in BORDEREAU_TMP and in the file store are gone after the next start. */
class StartupSweepTest {
    private static final Duration OLD = StartupSweep.MIN_AGE.plusHours(1);

    @TempDir
    Path dir;

    private final Lines log = new Lines();
    private final Logger logger = (Logger) org.slf4j.LoggerFactory.getLogger(StartupSweep.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void startingTheServiceRemovesWhatACrashLeftAndSaysHowMuchWithoutNamingTenants() throws Exception {
        Path data = dir.resolve("data");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        FileBlobStore store = new FileBlobStore(data);
        store.put("t/acme-debtors/blobs/sha256/ab/abcd", "%PDF-1.7 invoice".getBytes(UTF_8), "application/pdf");
        Path killedWrite = Files.writeString(data.resolve("t/acme-debtors/blobs/sha256/ab/.tmp-31"), "%PDF-1.7 half");
        Path job = Files.createDirectories(tmp.resolve("dossier-01JD0000000000000000000000/.work-5"));
        Files.writeString(job.resolve("original-1.bin"), "evidence copy");
        Path letter = Files.writeString(tmp.resolve("letter-8.pdf"), "letter");
        Path young = Files.writeString(tmp.resolve("letter-9.pdf"), "being sealed now");
        ageAll(data, OLD);
        ageAll(tmp, OLD);
        age(young, Duration.ofMinutes(2));

        try (RunningService service = RunningService.fs(data, tmp)) {
            String line = log.await(Level.INFO, "start-up sweep");

            assertThat(killedWrite).doesNotExist();
            assertThat(tmp.resolve("dossier-01JD0000000000000000000000")).doesNotExist();
            assertThat(letter).doesNotExist();
            assertThat(young).exists();
            assertThat(new String(service.app().store().getBytes("t/acme-debtors/blobs/sha256/ab/abcd"), UTF_8))
                    .isEqualTo("%PDF-1.7 invoice");
            assertThat(line).contains("removed 2 files, 2 folders, 19 bytes from BORDEREAU_TMP",
                    "1 temporary files, 13 bytes from the store").doesNotContain("acme", "dossier-", "letter-");
        }
    }

    @Test
    void oldEntriesOfTheScratchFolderGoWholeAndYoungOnesStay() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path oldJob = Files.createDirectories(tmp.resolve("dossier-1/.work-2/exhibits"));
        Files.writeString(oldJob.resolve("page-1.png"), "png");
        Path upload = Files.writeString(tmp.resolve("MultiPart123.multipart"), "upload");
        Path runningJob = Files.createDirectories(tmp.resolve("dossier-2"));
        Path beingWritten = Files.writeString(runningJob.resolve("original-1.bin"), "still converting");
        ageAll(tmp, OLD);
        age(beingWritten, Duration.ofMinutes(5)); // a long job: its folder is old, its latest file is not

        sweep(tmp, dir.resolve("data"));

        assertThat(tmp.resolve("dossier-1")).doesNotExist();
        assertThat(upload).doesNotExist();
        assertThat(beingWritten).as("work in progress in an old folder").hasContent("still converting");
        assertThat(tmp).as("the scratch folder itself").isDirectory();
    }

    @Test
    void symbolicLinksAreRemovedAsLinksAndTheirTargetsSurvive() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path precious = Files.writeString(outside.resolve("precious.pdf"), "not ours");
        Path linkToFolder = Files.createSymbolicLink(tmp.resolve("link-to-folder"), outside);
        Path folder = Files.createDirectories(tmp.resolve("dossier-3"));
        Files.createSymbolicLink(folder.resolve("link-inside"), outside);
        Files.createSymbolicLink(folder.resolve("link-to-file"), precious);
        ageAll(tmp, OLD);
        ageAll(outside, OLD);

        sweep(tmp, dir.resolve("data"));

        assertThat(linkToFolder).as("an old link goes, as a link").doesNotExist();
        assertThat(folder).doesNotExist();
        assertThat(precious).hasContent("not ours");
        assertThat(outside).isDirectory();
    }

    @Test
    void aScratchFolderHoldingTheDataDirectoryIsNotSwept() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = tmp.resolve("data");
        FileBlobStore store = new FileBlobStore(data);
        store.put("t/acme/blobs/sha256/ab/abcd", "%PDF-1.7 invoice".getBytes(UTF_8), "application/pdf");
        Path leftover = Files.writeString(tmp.resolve("letter-1.pdf"), "letter");
        ageAll(tmp, OLD);

        new StartupSweep(tmp, data, store).run();

        assertThat(new String(store.getBytes("t/acme/blobs/sha256/ab/abcd"), UTF_8)).isEqualTo("%PDF-1.7 invoice");
        assertThat(leftover).as("rather nothing swept than evidence").exists();
        assertThat(log.await(Level.WARN, "is not swept")).contains("holds the data directory");
    }

    private void sweep(Path tmp, Path data) {
        new StartupSweep(tmp, data, new FileBlobStore(data)).run();
    }

    private static void ageAll(Path root, Duration age) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(path -> age(path, age));
        }
    }

    /** Sets the entry's own modification time (a link's, not its target's). */
    private static void age(Path path, Duration age) {
        try {
            Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.from(Instant.now().minus(age)), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sweep's log lines, appended from its own thread. */
    private static final class Lines extends AppenderBase<ILoggingEvent> {
        private final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
        }

        String await(Level level, String text) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                List<String> found = events.stream().filter(e -> e.getLevel() == level)
                        .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(text)).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no " + level + " line containing '" + text + "' in " + events.size() + " lines");
        }
    }
}
