package org.bordereau.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.bordereau.ingest.DocumentRejectedException.Reason;

/**
 * Decides what a file is from its bytes (Tika's magic numbers and container inspection), then checks
 * it against {@link MediaTypes#ACCEPTED}. The client's declared type and the file name are hints only:
 * they may refine what the bytes say (plain text into CSV) but never replace it, and when either
 * disagrees with the bytes that is recorded as a warning, not trusted.
 */
final class TypeDetector {
    /** A detected, accepted type without parameters; {@code xmlFormat} is set for e-invoices only. */
    record Detection(String mediaType, String xmlFormat, List<String> warnings) {
        Detection {
            warnings = List.copyOf(warnings);
        }
    }

    private final Detector detector;
    private final MimeTypes byName;
    private final MediaTypeRegistry registry;
    private final XmlInvoiceRoots xmlRoots = new XmlInvoiceRoots();

    TypeDetector(TikaConfig tika) {
        this.detector = tika.getDetector();
        this.byName = tika.getMimeRepository();
        this.registry = tika.getMediaTypeRegistry();
    }

    /**
     * @throws DocumentRejectedException UNSUPPORTED_TYPE naming the detected type, ENCRYPTED for a
     *                                   password-protected Office package, or what {@link XmlInvoiceRoots} throws
     */
    Detection detect(Path file, String declaredType, String filename) {
        MediaType bare = detect(file, new Metadata());
        MediaType hinted = detect(file, hints(declaredType, filename));
        MediaType type = refines(hinted, bare) ? hinted : bare;
        if (type.getBaseType().toString().equals(MediaTypes.TEXT) && xmlRoots.isInvoice(file)) {
            type = MediaType.APPLICATION_XML; // Tika needs "<?xml" to call it XML; an e-invoice may omit it
        }
        String mediaType = type.getBaseType().toString();
        if (MediaTypes.OOXML_PROTECTED.equals(mediaType)) {
            throw new DocumentRejectedException(Reason.ENCRYPTED, "The Office document is protected by a "
                    + "password, so it cannot be read. Send it without the password.");
        }
        if (!MediaTypes.ACCEPTED.contains(mediaType)) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "The content is " + mediaType
                    + ", which is not accepted. Accepted: " + MediaTypes.ACCEPTED_LIST + ".");
        }
        String xmlFormat = MediaTypes.XML.equals(mediaType) ? xmlRoots.format(file) : null;
        return new Detection(mediaType, xmlFormat, disagreements(type, declaredType, filename));
    }

    /**
     * A hint may only narrow what the bytes say into an accepted type (text/plain into text/csv),
     * never overrule them, nor turn an accepted file into a refused one (plain text declared as HTML
     * stays plain text).
     */
    private boolean refines(MediaType hinted, MediaType bare) {
        if (hinted.getBaseType().equals(bare.getBaseType())) {
            return true;
        }
        String narrower = hinted.getBaseType().toString();
        return !bare.getBaseType().toString().equals(MediaTypes.OCTET_STREAM)
                && MediaTypes.ACCEPTED.contains(narrower)
                && !narrower.equals(MediaTypes.XML) // XML only from the bytes: Tika's magic or the root element
                && registry.isSpecializationOf(hinted.getBaseType(), bare.getBaseType());
    }

    private List<String> disagreements(MediaType detected, String declaredType, String filename) {
        List<String> warnings = new ArrayList<>();
        MediaType declared = declaredType == null ? null : MediaType.parse(declaredType.strip().toLowerCase(Locale.ROOT));
        if (declaredType != null && !declaredType.isBlank() && declared == null) {
            warnings.add("The declared type is not a valid media type; the content was read as "
                    + detected.getBaseType() + ".");
        } else if (declared != null && !compatible(declared, detected)) {
            warnings.add("The declared type " + declared.getBaseType() + " does not match the content, read as "
                    + detected.getBaseType() + ".");
        }
        if (filename != null) {
            MediaType named = detect(null, hints(null, filename));
            String extension = Filenames.extension(filename).orElse("");
            if (!compatible(named, detected)) {
                warnings.add("The file name's extension (." + extension + ") suggests " + named.getBaseType()
                        + ", but the content was read as " + detected.getBaseType() + ".");
            }
        }
        return warnings;
    }

    /** Unknown ("application/octet-stream") says nothing; a type and its sub- or super-type agree. */
    private boolean compatible(MediaType claimed, MediaType detected) {
        MediaType a = registry.normalize(claimed.getBaseType());
        MediaType b = registry.normalize(detected.getBaseType());
        return a.toString().equals(MediaTypes.OCTET_STREAM) || a.equals(b)
                || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a);
    }

    private static Metadata hints(String declaredType, String filename) {
        Metadata metadata = new Metadata();
        if (filename != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        if (declaredType != null && MediaType.parse(declaredType) != null) {
            metadata.set(Metadata.CONTENT_TYPE, declaredType);
        }
        return metadata;
    }

    private MediaType detect(Path file, Metadata metadata) {
        try {
            if (file == null) {
                return byName.detect(null, metadata);
            }
            try (TikaInputStream in = TikaInputStream.get(file)) {
                return detector.detect(in, metadata);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a staged file for type detection failed", e);
        }
    }
}
