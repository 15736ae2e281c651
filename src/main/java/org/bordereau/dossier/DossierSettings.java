package org.bordereau.dossier;

import java.time.Duration;

/**
 * Limits of the build jobs of one instance.
 *
 * @param threads      builds running at once (each is CPU- and disk-bound; 2 on a small server)
 * @param queue        builds waiting beyond those; one more is refused (503, retry later)
 * @param buildTimeout a build running longer is not published; a request with no outcome older than
 *                     this that no instance reports building reads FAILED (abandoned)
 * @param linkTtl      lifetime of the download links handed out
 */
public record DossierSettings(int threads, int queue, Duration buildTimeout, Duration linkTtl) {
    public DossierSettings {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("a dossier service needs at least one thread and a queue of 0 or more");
        }
    }

    public static DossierSettings defaults() {
        return new DossierSettings(2, 8, Duration.ofMinutes(10), Duration.ofMinutes(15));
    }
}
