package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.bordereau.ingest.DocumentRejectedException.Reason;

/**
 * Inflates every entry of an Office or OpenDocument package (a zip) into nothing, counting, before a
 * parser opens it. Tika switches POI's own zip-bomb check off and relies on the ratio of text out to
 * bytes in, but POI's .docx reader builds the whole document in memory before any text comes out:
 * a 500 KB .docx inflating to 500 MB exhausts a 256 MB heap before that check can fire.
 *
 * <p>The rule is POI's default: an entry may inflate to at most 100 times its compressed size (past a
 * first megabyte, which small, repetitive parts legitimately exceed). Real documents stay far below:
 * Word and Excel XML compresses about 5 to 20 times. And whatever the ratio, at most
 * {@value #MAX_PART_BYTES} bytes a part and {@value #MAX_PACKAGE_BYTES} in all: an 18 MB .xlsx whose
 * shared strings inflate 78 times (1.4 GB), under the ratio, still filled the heap, since POI keeps
 * every shared string in memory. An ERP export of a hundred thousand rows stays well under.
 */
final class ZipPackageCheck {
    static final int MAX_RATIO = 100;
    static final long GRACE_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    static final long MAX_PACKAGE_BYTES = 128L * 1024 * 1024;

    private ZipPackageCheck() {}

    static void check(Path file, TimeLimit.Cancellation cancellation) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw tooComplex("The package holds more than " + MAX_ENTRIES + " parts.");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            long inflated = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long allowed = Math.max(GRACE_BYTES, MAX_RATIO * Math.max(entry.getCompressedSize(), 1));
                inflated += inflate(zip, entry, allowed, buffer, cancellation);
                if (inflated > MAX_PACKAGE_BYTES) {
                    throw tooComplex("The document inflates to more than " + (MAX_PACKAGE_BYTES >> 20) + " MB, more "
                            + "than can be read safely: file a PDF export of it, or split it.");
                }
            }
        } catch (ZipException e) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "The document is a damaged package (zip) and cannot be read.", e);
        }
    }

    /** The entry's inflated size, refused past {@code allowed} (the ratio) or {@link #MAX_PART_BYTES}. */
    private static long inflate(ZipFile zip, ZipEntry entry, long allowed, byte[] buffer,
                                TimeLimit.Cancellation cancellation) throws IOException {
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > allowed) {
                    throw tooComplex("A part of the document inflates to more than " + MAX_RATIO
                            + " times its compressed size, the mark of a decompression bomb.");
                }
                if (total > MAX_PART_BYTES) {
                    throw tooComplex("A part of the document inflates to more than " + (MAX_PART_BYTES >> 20)
                            + " MB, more than can be read safely: file a PDF export of it, or split it.");
                }
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("zip check cancelled at the parse deadline");
                }
            }
        }
        return total;
    }

    private static DocumentRejectedException tooComplex(String detail) {
        return new DocumentRejectedException(Reason.TOO_COMPLEX, detail);
    }
}
