package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The last stage: turns a finished PDF/A file into its sealed (signed) copy. The {@code sign} package
 * provides the real one (PAdES, incremental save so that PDF/A survives); nothing may touch the file
 * after it, since any change breaks the signature.
 */
@FunctionalInterface
public interface Sealer {
    void seal(Path finished, Path sealed) throws IOException;

    /** No signature: the finished file as it is (development, benchmarks). */
    static Sealer none() {
        return (finished, sealed) -> Files.move(finished, sealed, StandardCopyOption.REPLACE_EXISTING);
    }
}
