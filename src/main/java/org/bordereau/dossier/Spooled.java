package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An exhibit's original bytes copied to a private temporary file while hashing them. The copy is what
 * gets converted and attached, so the bytes filed are the bytes checked: a SHA-256 that differs from
 * the one recorded at ingestion stops the build ({@link ExhibitIntegrityException}).
 *
 * @param md5 the /CheckSum PDF requires in an embedded file's parameters (ISO 32000-1 §7.11.4)
 */
record Spooled(Exhibit exhibit, Path file, String sha256, byte[] md5, long size) {

    static Spooled copy(Exhibit exhibit, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "original-", ".bin");
        MessageDigest sha = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        long size = 0;
        try (InputStream in = exhibit.original().open(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                md5.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equalsIgnoreCase(exhibit.sha256())) {
            Files.deleteIfExists(file);
            throw new ExhibitIntegrityException(exhibit.documentId(), exhibit.sha256(), actual);
        }
        return new Spooled(exhibit, file, actual, md5.digest(), size);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }
}
