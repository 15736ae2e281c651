package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.bordereau.cases.DocumentKind;

/**
 * One piece of evidence to file: the case's document and a way to read its original bytes.
 * {@code title} and {@code date} are what the agent said; when null they are taken from the document
 * itself or from a {@code yyyy-mm-dd Title.ext} file name ({@link ExhibitTitles}). {@code group}
 * overrides the section the kind would put it in (a formal notice is a REMINDERS piece, a plan a
 * PAYMENTS piece); null means "from the kind".
 */
public record Exhibit(
        String documentId,
        DocumentKind kind,
        ExhibitGroup group,
        String title,
        LocalDate date,
        String filename,
        String mediaType,
        String sha256,
        long size,
        Original original) {

    public Exhibit {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(original, "original");
        sha256 = sha256.toLowerCase(Locale.ROOT);
        kind = kind == null ? DocumentKind.OTHER : kind;
        filename = filename == null || filename.isBlank() ? documentId : filename;
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
    }

    /** The section this piece is filed under. */
    public ExhibitGroup section() {
        return group != null ? group : ExhibitGroup.of(kind);
    }

    /** The original bytes, opened anew on each call (they are read twice at most: hashed and converted). */
    @FunctionalInterface
    public interface Original {
        InputStream open() throws IOException;

        static Original of(Path file) {
            return () -> Files.newInputStream(file);
        }
    }
}
