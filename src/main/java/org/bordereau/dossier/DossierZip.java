package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP export of a built dossier: the volume PDF(s), {@code manifest.json}, and every original under
 * {@code originals/} with the name it has as a PDF attachment. Streamed: originals are read from their
 * source and checked against their SHA-256 on the way; a mismatch stops the export.
 */
public final class DossierZip {
    private DossierZip() {}

    public static void write(DossierResult dossier, OutputStream out) throws IOException {
        Map<String, String> names = Attachments.names(dossier.exhibits());
        ZipOutputStream zip = new ZipOutputStream(out);
        for (DossierResult.VolumeFile volume : dossier.volumes()) {
            zip.putNextEntry(new ZipEntry(volume.pdf().getFileName().toString()));
            Files.copy(volume.pdf(), zip);
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(Attachments.MANIFEST));
        zip.write(dossier.manifest());
        zip.closeEntry();
        Set<String> written = new HashSet<>();
        for (Exhibit exhibit : dossier.exhibits()) {
            if (!written.add(exhibit.sha256()) || !filed(dossier, exhibit.sha256())) {
                continue;
            }
            zip.putNextEntry(new ZipEntry("originals/" + names.get(exhibit.sha256())));
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(exhibit.original().open(), sha)) {
                in.transferTo(zip);
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(exhibit.sha256())) {
                throw new ExhibitIntegrityException(exhibit.documentId(), exhibit.sha256(), actual);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static boolean filed(DossierResult dossier, String sha256) {
        return dossier.plan().exhibits().stream().anyMatch(e -> e.sha256().equals(sha256));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
