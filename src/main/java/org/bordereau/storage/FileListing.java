package org.bordereau.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bordereau.storage.BlobStore.BlobInfo;
import org.bordereau.storage.BlobStore.ListPage;

/**
 * Listing for {@link FileBlobStore}: a depth-first walk that yields keys in the same order as an
 * S3 listing (plain string order of the whole key), one directory in memory at a time, pruning
 * every sub-tree that lies entirely before {@code startAfter}.
 *
 * <p>Sorting file names alone would be wrong: the keys inside folder {@code a} all start with
 * {@code a/}, and '/' sorts after '.' and '-', so {@code a.json} must come before {@code a/x}.
 * Each folder is therefore sorted as its name followed by '/'. Names starting with '.' (temporary
 * files, content-type sidecars) and names that are not valid key segments are never objects.
 */
final class FileListing {
    private final Path root;

    FileListing(Path root) {
        this.root = root;
    }

    /** Entry of one directory: a folder's key ends with '/', which is also its sort key. */
    private record Entry(String key, Path path, boolean folder, long size) {}

    ListPage page(String prefix, String startAfter, int limit) throws IOException {
        int slash = prefix.lastIndexOf('/');
        String folder = prefix.substring(0, slash + 1);
        List<BlobInfo> found = new ArrayList<>();
        // One more than asked tells whether another page exists, without a second walk.
        walk(FileBlobStore.under(root, folder), folder, prefix.substring(slash + 1), startAfter, limit + 1, found);
        if (found.size() <= limit) {
            return new ListPage(List.copyOf(found), null);
        }
        List<BlobInfo> page = List.copyOf(found.subList(0, limit));
        return new ListPage(page, page.get(limit - 1).key());
    }

    /** Names of the sub-folders of {@code folder} that hold at least one object. */
    List<String> children(String folder) throws IOException {
        List<String> names = new ArrayList<>();
        for (Entry entry : entries(FileBlobStore.under(root, folder), folder, "")) {
            if (entry.folder() && holdsAnObject(entry.path())) {
                names.add(entry.key().substring(folder.length(), entry.key().length() - 1));
            }
        }
        return List.copyOf(names);
    }

    private void walk(Path dir, String folder, String namePrefix, String after, int max, List<BlobInfo> out)
            throws IOException {
        for (Entry entry : entries(dir, folder, namePrefix)) {
            if (out.size() >= max) {
                return;
            }
            boolean afterCursor = after == null || entry.key().compareTo(after) > 0;
            if (!entry.folder()) {
                if (afterCursor) {
                    out.add(new BlobInfo(entry.key(), entry.size(), null));
                }
            } else if (afterCursor || after.startsWith(entry.key())) {
                walk(entry.path(), entry.key(), "", after, max, out);
            }
        }
    }

    // Directories emptied by deletes stay behind; like S3 prefixes, they only count when non-empty.
    private boolean holdsAnObject(Path dir) throws IOException {
        for (Entry entry : entries(dir, "", "")) {
            if (!entry.folder() || holdsAnObject(entry.path())) {
                return true;
            }
        }
        return false;
    }

    private List<Entry> entries(Path dir, String folder, String namePrefix) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.startsWith(namePrefix) && BlobKeys.isValidKey(name)) {
                    addEntry(entries, path, folder + name);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException nothingThere) {
            // A prefix nobody wrote under yet: an empty listing, as S3 would answer.
            return List.of();
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    private static void addEntry(List<Entry> entries, Path path, String key) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException deletedMeanwhile) {
            // Deleted between the directory read and now: it is simply no longer there.
            return;
        }
        if (attributes.isDirectory()) {
            entries.add(new Entry(key + "/", path, true, 0));
        } else if (attributes.isRegularFile()) {
            entries.add(new Entry(key, path, false, attributes.size()));
        }
        // Symbolic links and special files are never objects: nothing may lead outside the root.
    }
}
