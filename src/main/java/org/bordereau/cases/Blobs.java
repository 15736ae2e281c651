package org.bordereau.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where bytes live: evidence received and PDFs issued alike are content-addressed and immutable,
 * {@code t/{tenant}/blobs/sha256/{first two hex digits}/{sha256}} (DESIGN.md §3).
 */
public final class Blobs {
    private Blobs() {}

    /** The lower-case hex SHA-256 that names these bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The lower-case hex SHA-256 of a file, read as a stream. */
    public static String sha256(Path file) throws IOException {
        return sha256(Files.newInputStream(file));
    }

    /** The lower-case hex SHA-256 of what {@code data} holds, read to its end and closed; nothing kept. */
    public static String sha256(InputStream data) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(data, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    public static String key(String tenant, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return "t/" + CaseIds.requireTenant(tenant) + "/blobs/sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
