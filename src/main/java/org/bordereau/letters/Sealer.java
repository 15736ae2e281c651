package org.bordereau.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Seals a finished PDF for a tenant: reads {@code in}, writes the signed PDF to {@code out}. The
 * result says which PAdES level was reached and, when a timestamp was wanted and not obtained, why.
 */
public interface Sealer {

    record Sealed(String level, boolean developmentSeal, String downgrade) {}

    Sealed seal(String tenant, Path in, Path out) throws IOException;

    /** As {@link #seal(String, Path, Path)} for a PDF in memory (a letter): no work file. */
    Sealed seal(String tenant, byte[] pdf, OutputStream out) throws IOException;

    /** Whether this tenant's letters will carry the development seal (the letter text says so). */
    boolean isDevelopment(String tenant);
}
