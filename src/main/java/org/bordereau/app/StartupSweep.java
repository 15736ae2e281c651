package org.bordereau.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.Leftovers;
import org.bordereau.storage.Leftovers.Removed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once per start, removes the work files a killed process left (DESIGN-NOTES "Work files left by a
 * crash"): everything in {@code BORDEREAU_TMP} (uploads, letters, dossier work folders, PDFBox and
 * Jetty scratch files) and the store's abandoned writes. They hold copies of debtors' evidence.
 * Only what is older than {@link #MIN_AGE} goes: other instances may share both folders.
 */
final class StartupSweep {
    /**
     * Far longer than any work of ours lasts (a dossier build is abandoned after 10 minutes, a letter
     * takes seconds), so what is younger may be another instance's work in progress. A constant: a
     * shorter age gains nothing (leftovers appear only after crashes) and risks live work.
     */
    static final Duration MIN_AGE = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(StartupSweep.class);

    private final Path tempDir;
    private final Path dataDir;
    private final BlobStore store;

    /** {@code dataDir}: the configured {@code BORDEREAU_DATA}, which must never be swept as scratch. */
    StartupSweep(Path tempDir, Path dataDir, BlobStore store) {
        this.tempDir = tempDir;
        this.dataDir = dataDir;
        this.store = store;
    }

    /** The sweep on its own daemon thread: walking a large file store takes seconds, start-up need not wait. */
    Thread startInBackground() {
        Thread thread = new Thread(this::run, "startup-sweep");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Sweeps both places, logs one INFO line with the counts, and one WARN per place where something stayed. */
    void run() {
        // File times come from the file system's wall clock; the service's clock may be a test's.
        Instant cutoff = Instant.now().minus(MIN_AGE);
        Removed scratch = sharedFolderProblem().map(problem -> {
            LOG.warn("BORDEREAU_TMP={} is not swept: {}; give the service a folder of its own", tempDir, problem);
            return Removed.NONE;
        }).orElseGet(() -> Leftovers.untouchedSince(tempDir, cutoff));
        Removed abandoned = store.removeAbandonedWrites(cutoff);
        LOG.info("start-up sweep, work left by interrupted processes untouched for {} h: removed {} files, {} folders, "
                + "{} bytes from BORDEREAU_TMP; {} temporary files, {} bytes from the store",
                MIN_AGE.toHours(), scratch.files(), scratch.folders(), scratch.bytes(), abandoned.files(), abandoned.bytes());
        warnIfLeft("BORDEREAU_TMP", scratch);
        warnIfLeft("the store", abandoned);
    }

    // Counts and the error's kind only: paths in the data directory name tenants and cases.
    private static void warnIfLeft(String where, Removed removed) {
        if (removed.failures() > 0) {
            LOG.warn("start-up sweep: {} leftover(s) in {} could not be deleted (first: {}); they may hold copies of "
                    + "evidence: check the permissions and remove them by hand", removed.failures(), where,
                    removed.firstFailure());
        }
    }

    /**
     * Why sweeping everything old in {@code BORDEREAU_TMP} would delete what is not ours, if it
     * would: the folder holds the data directory (evidence!), or it is a folder other programs use.
     */
    private Optional<String> sharedFolderProblem() {
        Path temp = realPath(tempDir);
        if (temp == null) {
            return Optional.of("it cannot be resolved");
        }
        Path data = realPath(dataDir);
        if (data != null && data.startsWith(temp)) {
            return Optional.of("it holds the data directory BORDEREAU_DATA=" + dataDir);
        }
        if (temp.getParent() == null || temp.equals(realPath(Path.of(System.getProperty("java.io.tmpdir"))))
                || temp.equals(realPath(Path.of(System.getProperty("user.home"))))) {
            return Optional.of("it is a folder other programs use too");
        }
        return Optional.empty();
    }

    private static Path realPath(Path path) {
        try {
            return path == null || !Files.exists(path) ? null : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
