package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Seals a finished PDF with a tenant's seal ({@code app} adapts the letters' sealer over {@code sign}).
 * The result says which PAdES level was reached, whether the development seal was used, and why a
 * wanted timestamp is missing when the operator allowed that downgrade.
 */
@FunctionalInterface
public interface TenantSealer {
    record Sealed(String level, boolean developmentSeal, String downgrade) {}

    Sealed seal(String tenant, Path in, Path out) throws IOException;
}
