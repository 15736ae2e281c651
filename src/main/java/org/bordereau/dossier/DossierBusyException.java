package org.bordereau.dossier;

import java.time.Duration;

/**
 * Every build slot of this instance is taken (running and queued): the request was refused before
 * anything was recorded, so retrying later is safe.
 */
public final class DossierBusyException extends RuntimeException {
    private final Duration retryAfter;

    public DossierBusyException(int slots, Duration retryAfter) {
        super("all " + slots + " dossier build slots are taken");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
