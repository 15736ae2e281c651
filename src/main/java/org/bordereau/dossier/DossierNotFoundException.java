package org.bordereau.dossier;

/** No dossier with this id on the case (answered 404, like a case of another tenant). */
public final class DossierNotFoundException extends RuntimeException {
    public DossierNotFoundException(String dossierId) {
        super("no dossier " + dossierId + " on this case");
    }
}
