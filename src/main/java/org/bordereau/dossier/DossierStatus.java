package org.bordereau.dossier;

import java.time.Instant;
import java.util.List;
import org.bordereau.cases.IssuedDossier;

/**
 * A dossier as its requester sees it: the recorded request and outcome ({@link IssuedDossier}) plus what
 * only the building instance knows (queued or building, exhibits converted so far).
 */
public record DossierStatus(String id, State state, int done, int total, IssuedDossier recorded, String failure) {
    public enum State { QUEUED, BUILDING, READY, FAILED }

    public String language() {
        return recorded.language();
    }

    public Instant requestedAt() {
        return recorded.requestedAt();
    }

    public List<IssuedDossier.Volume> volumes() {
        return recorded.volumes();
    }
}
