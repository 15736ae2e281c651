package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP export of a built dossier: the volume PDF(s), {@code manifest.json}, and every original under
 * {@code originals/} with the name it has as a PDF attachment. Streamed: each part is read from its
 * source and, when its SHA-256 is known, checked on the way; a mismatch stops the export.
 */
public final class DossierZip {
    static final String ORIGINALS = "originals/";

    private DossierZip() {}

    /** One file of the ZIP; {@code sha256} null when there is nothing to check it against. */
    public record Part(String name, Exhibit.Original source, String sha256, String documentId) {}

    /** The export of a dossier just built (its volumes still in the work folder). */
    public static void write(DossierResult dossier, OutputStream out) throws IOException {
        Map<String, String> names = Attachments.names(dossier.exhibits());
        List<Part> parts = new ArrayList<>();
        for (DossierResult.VolumeFile volume : dossier.volumes()) {
            parts.add(new Part(volume.pdf().getFileName().toString(), () -> Files.newInputStream(volume.pdf()),
                    volume.sha256(), null));
        }
        byte[] manifest = dossier.manifest();
        parts.add(new Part(Attachments.MANIFEST, () -> new java.io.ByteArrayInputStream(manifest), null, null));
        Set<String> written = new HashSet<>();
        for (Exhibit exhibit : dossier.exhibits()) {
            if (written.add(exhibit.sha256()) && filed(dossier, exhibit.sha256())) {
                parts.add(new Part(ORIGINALS + names.get(exhibit.sha256()), exhibit.original(), exhibit.sha256(),
                        exhibit.documentId()));
            }
        }
        write(parts, out);
    }

    /** Streams {@code parts} in order; nothing is held whole in memory. */
    public static void write(List<Part> parts, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Part part : parts) {
            zip.putNextEntry(new ZipEntry(part.name()));
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(part.source().open(), sha)) {
                in.transferTo(zip);
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (part.sha256() != null && !actual.equals(part.sha256())) {
                throw new ExhibitIntegrityException(part.documentId() == null ? part.name() : part.documentId(),
                        part.sha256(), actual);
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
