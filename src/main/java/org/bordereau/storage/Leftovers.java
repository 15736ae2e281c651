package org.bordereau.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * Deletes what work interrupted by a crash left in a local folder, judged by last-modified time:
 * only what nobody has touched since {@code cutoff}, because a younger file may be another
 * process's work in progress in the same folder.
 *
 * <p>The walks never follow a symbolic link: a link is deleted as a link and its target is never
 * read, so nothing outside the folder given can be reached, whatever was planted inside it. A walk
 * stops early when its thread is interrupted (the service is shutting down); what it left waits
 * for the next sweep.
 */
public final class Leftovers {

    /**
     * What a sweep removed: files (links included) and folders, the bytes of the files, and how
     * many entries it could not delete, with the kind of error of the first (never its message:
     * messages carry paths, and paths in the data directory carry tenants and case ids).
     */
    public record Removed(int files, int folders, long bytes, int failures, String firstFailure) {
        public static final Removed NONE = new Removed(0, 0, 0, 0, null);
    }

    private Leftovers() {}

    /**
     * Deletes every entry of {@code folder} in which nothing was modified after {@code cutoff}: a
     * file, or a folder with everything in it. A folder is judged by its newest content, not by its
     * own time, so a long job's work folder whose files are still being written stays. Between
     * judging a folder and deleting it nothing is locked: safe because work folders have unique
     * names and nobody writes into one that was left untouched for longer than any work lasts.
     */
    public static Removed untouchedSince(Path folder, Instant cutoff) {
        Tally tally = new Tally();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (isOld(entry, cutoff, tally)) {
                    deleteTree(entry, tally);
                }
            }
        } catch (NoSuchFileException nothingThere) {
            return Removed.NONE;
        } catch (IOException e) {
            tally.failed(e);
        }
        return tally.result();
    }

    /** Deletes the regular files named {@code prefix}… anywhere under {@code root}, last modified before {@code cutoff}. */
    static Removed filesNamed(Path root, String prefix, Instant cutoff) {
        Tally tally = new Tally();
        walk(root, tally, new Counting(tally) {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return Thread.currentThread().isInterrupted() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && file.getFileName().toString().startsWith(prefix)
                        && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    tally.delete(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return tally.result();
    }

    /** Whether {@code entry} and everything under it are older than {@code cutoff}; unreadable means no. */
    private static boolean isOld(Path entry, Instant cutoff, Tally tally) {
        boolean[] old = {true};
        walk(entry, tally, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return visitFile(dir, attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                old[0] = attributes.lastModifiedTime().toInstant().isBefore(cutoff);
                return old[0] ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                old[0] = false; // what cannot be read cannot be judged, nor deleted
                tally.failed(e);
                return FileVisitResult.TERMINATE;
            }
        });
        return old[0];
    }

    /** Deletes {@code entry}, depth first; a folder whose content could not all go stays, and counts as a failure. */
    private static void deleteTree(Path entry, Tally tally) {
        walk(entry, tally, new Counting(tally) {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                tally.delete(file, attributes);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    tally.failed(e);
                } else {
                    tally.delete(dir, null);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    // Files.walkFileTree without FOLLOW_LINKS reads every entry with lstat(2) and never descends
    // through a link: the rule this class promises rests on this one call.
    private static void walk(Path start, Tally tally, SimpleFileVisitor<Path> visitor) {
        try {
            Files.walkFileTree(start, visitor);
        } catch (IOException e) {
            tally.failed(e);
        }
    }

    /** A deleting walk: an entry it cannot read is counted as a failure and the walk goes on. */
    private abstract static class Counting extends SimpleFileVisitor<Path> {
        private final Tally tally;

        Counting(Tally tally) {
            this.tally = tally;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            tally.failed(e);
            return FileVisitResult.CONTINUE;
        }
    }

    /** Counts of one sweep; a file that vanished meanwhile (another instance swept it) is neither. */
    private static final class Tally {
        private int files;
        private int folders;
        private long bytes;
        private int failures;
        private String firstFailure;

        /** Deletes a file (with its attributes) or, when {@code attributes} is null, an emptied folder. */
        void delete(Path path, BasicFileAttributes attributes) {
            try {
                if (!Files.deleteIfExists(path)) {
                    return;
                }
            } catch (IOException e) {
                failed(e);
                return;
            }
            if (attributes == null) {
                folders++;
            } else {
                files++;
                bytes += attributes.isRegularFile() ? attributes.size() : 0;
            }
        }

        void failed(IOException e) {
            if (e instanceof NoSuchFileException) {
                return;
            }
            failures++;
            if (firstFailure == null) {
                firstFailure = e.getClass().getSimpleName();
            }
        }

        Removed result() {
            return new Removed(files, folders, bytes, failures, firstFailure);
        }
    }
}
