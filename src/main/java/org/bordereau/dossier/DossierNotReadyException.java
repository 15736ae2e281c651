package org.bordereau.dossier;

/** The dossier exists but cannot be downloaded: it is still queued or building, or it failed. */
public final class DossierNotReadyException extends RuntimeException {
    private final DossierStatus status;

    public DossierNotReadyException(DossierStatus status) {
        super("dossier " + status.id() + " is " + status.state());
        this.status = status;
    }

    public DossierStatus status() {
        return status;
    }
}
