package org.bordereau.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bordereau.cases.DocumentKind;
import org.bordereau.ingest.Upload;

/**
 * Reads an upload in either form of DESIGN.md §4: {@code multipart/form-data} with a {@code file}
 * part (and optional {@code kind}, {@code note} fields), or the raw bytes as the body with their
 * {@code Content-Type} and {@code ?filename=&kind=&note=}. The body is streamed, never buffered whole.
 */
final class UploadForms {
    private static final int MAX_NOTE = 2000;

    private UploadForms() {}

    static Upload read(Context ctx) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Upload upload = ctx.isMultipartFormData() ? multipart(ctx, errors) : raw(ctx, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The upload is incomplete or has invalid fields.", errors);
        }
        return upload;
    }

    private static Upload multipart(Context ctx, List<Problem.FieldError> errors) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file"); // Jetty reads and checks the whole form here
        } catch (Exception e) { // Jetty's ServletException, thrown through Kotlin undeclared
            throw unreadableForm(e);
        }
        if (file == null) {
            errors.add(new Problem.FieldError("file", "is missing: send the document in a part named 'file'"));
        }
        DocumentKind kind = kind(ctx.formParam("kind"), errors);
        String note = note(ctx.formParam("note"), errors);
        return file == null ? null : new Upload(file.content(), file.contentType(), file.filename(), kind, note);
    }

    /** A form over the size limit is a 413; anything else Jetty cannot parse is the client's 400, not our 500. */
    private static ProblemException unreadableForm(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("max file size") || message.contains("max request size")
                    || message.contains("exceeds") || message.contains("too large")) {
                return new ProblemException(Problem.of(413, "too-large", "Upload too large",
                        "The form or its file is larger than this server accepts (BORDEREAU_MAX_UPLOAD_MB)."));
            }
        }
        return new ProblemException(Problem.of(400, "bad-multipart", "Unreadable form",
                "Send multipart/form-data with a boundary in its Content-Type and the document in a part named"
                        + " 'file', or send the document's bytes as the body with its Content-Type and ?filename=."));
    }

    private static Upload raw(Context ctx, List<Problem.FieldError> errors) {
        DocumentKind kind = kind(ctx.queryParam("kind"), errors);
        String note = note(ctx.queryParam("note"), errors);
        return new Upload(ctx.bodyInputStream(), ctx.header("Content-Type"), ctx.queryParam("filename"), kind, note);
    }

    private static DocumentKind kind(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<DocumentKind> kind = kind(value);
        if (kind.isEmpty()) {
            errors.add(new Problem.FieldError("kind", "must be one of " + List.of(DocumentKind.values())));
        }
        return kind.orElse(null);
    }

    static Optional<DocumentKind> kind(String value) {
        try {
            return Optional.of(DocumentKind.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String note(String value, List<Problem.FieldError> errors) {
        if (value != null && value.length() > MAX_NOTE) {
            errors.add(new Problem.FieldError("note", "is longer than " + MAX_NOTE + " characters"));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
