package org.bordereau.cases;

import java.time.Instant;
import java.util.List;

/**
 * A litigation dossier asked for (DOSSIER_REQUESTED) and, once built, its signed PDF
 * (DOSSIER_BUILT) or the reason it failed (DOSSIER_FAILED). A request without an outcome is queued or
 * being built — or was abandoned by an instance that stopped; the dossier service decides which.
 * {@code volumes} lists the PDFs when the dossier was split (one when it was not).
 */
public record IssuedDossier(
        long seq,
        String id,
        String language,
        Instant requestedAt,
        String requestedBy,
        Status status,
        List<Volume> volumes,
        int pages,
        int exhibits,
        String manifestSha256,
        String chainHead,
        String sealLevel,
        boolean developmentSeal,
        String failure,
        Instant finishedAt) {

    public enum Status { REQUESTED, READY, FAILED }

    /** One signed PDF of the dossier; {@code firstPage}/{@code lastPage} in the dossier's numbering. */
    public record Volume(int number, String sha256, long size, int pages) {}

    public IssuedDossier {
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }

    /** The first volume's hash: the dossier's identity when it was not split. */
    public String sha256() {
        return volumes.isEmpty() ? null : volumes.get(0).sha256();
    }
}
