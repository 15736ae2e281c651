package org.bordereau.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.FileBlobStore;
import org.bordereau.storage.PresignedLinks;
import org.bordereau.storage.S3BlobStore;
import org.bordereau.storage.S3Settings;

/** Opens the store the configuration names (DESIGN.md §3). */
final class Stores {
    /** The HMAC key of filesystem download links, shared by every instance on the same data dir. */
    static final String LINK_SECRET = "sys/secrets/download-links.key";

    /** The store, and the link signer when the store cannot presign by itself (filesystem). */
    record Opened(BlobStore store, PresignedLinks links) {}

    private Stores() {}

    static Opened open(Config config) {
        return switch (config.storage()) {
            case FS -> openFs(config);
            // Large uploads are spooled in BORDEREAU_TMP, not the system's temp folder: what a crash leaves
            // there is swept at the next start (StartupSweep).
            case S3 -> new Opened(new S3BlobStore(S3Settings.of(config.s3().endpoint(), config.s3().region(),
                    config.s3().bucket(), config.s3().accessKey(), config.s3().secretKey())
                    .withPublicEndpoint(config.s3().publicEndpoint()).withSpoolDir(App.tempDir(config))), null);
        };
    }

    private static Opened openFs(Config config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create BORDEREAU_DATA=" + config.dataDir(), e);
        }
        PresignedLinks links = new PresignedLinks(config.publicUrl(), linkSecret(new FileBlobStore(config.dataDir())),
                Clock.systemUTC());
        return new Opened(new FileBlobStore(config.dataDir(), links), links);
    }

    /** Created once by whichever instance comes first, then shared by all. */
    static byte[] linkSecret(BlobStore store) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        store.putIfAbsent(LINK_SECRET, secret, "application/octet-stream");
        return store.getBytes(LINK_SECRET);
    }
}
