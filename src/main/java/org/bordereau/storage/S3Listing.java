package org.bordereau.storage;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bordereau.storage.BlobStore.BlobInfo;
import org.bordereau.storage.BlobStore.ListPage;

/** Listing for {@link S3BlobStore}: ListObjectsV2, recursive with start-after, or by delimiter. */
final class S3Listing {
    /** The most keys one ListObjectsV2 response carries. */
    static final int MAX_PAGE = 1000;

    private final MinioClient client;
    private final String bucket;

    S3Listing(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    ListPage page(String prefix, String startAfter, int pageSize) {
        // One more than asked tells whether another page exists.
        ListObjectsArgs.Builder args = ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                .recursive(true).maxKeys(Math.min(pageSize + 1, MAX_PAGE));
        if (startAfter != null) {
            args.startAfter(startAfter);
        }
        List<BlobInfo> found = new ArrayList<>();
        for (Item item : items(args.build(), prefix)) {
            // Keys written by other tools that our keys could never be are not listed: the file
            // store cannot hold them either, and nothing could get them afterwards.
            if (!item.isDir() && BlobKeys.isValidKey(item.objectName())) {
                found.add(new BlobInfo(item.objectName(), item.size(), null));
                if (found.size() > pageSize) {
                    List<BlobInfo> page = List.copyOf(found.subList(0, pageSize));
                    return new ListPage(page, page.get(pageSize - 1).key());
                }
            }
        }
        return new ListPage(List.copyOf(found), null);
    }

    /** The common prefixes one level below {@code folder}, as names, in the order S3 gives them. */
    List<String> children(String folder) {
        List<String> names = new ArrayList<>();
        ListObjectsArgs args = ListObjectsArgs.builder().bucket(bucket).prefix(folder).delimiter("/").build();
        for (Item item : items(args, folder)) {
            String name = item.objectName();
            if (item.isDir() && name.length() > folder.length() + 1) {
                names.add(name.substring(folder.length(), name.length() - 1));
            }
        }
        return List.copyOf(names);
    }

    /** The listing's items; the MinIO iterable fetches further pages lazily, as the loop asks. */
    private Iterable<Item> items(ListObjectsArgs args, String prefix) {
        Iterable<Result<Item>> results = client.listObjects(args);
        return () -> new Iterator<>() {
            private final Iterator<Result<Item>> inner = results.iterator();

            @Override
            public boolean hasNext() {
                try {
                    return S3Failures.call(inner::hasNext);
                } catch (MinioException e) {
                    throw S3Failures.unavailable("LIST", prefix, e);
                }
            }

            @Override
            public Item next() {
                try {
                    Result<Item> result = inner.next();
                    return S3Failures.call(result::get);
                } catch (MinioException e) {
                    throw S3Failures.unavailable("LIST", prefix, e);
                }
            }
        };
    }
}
