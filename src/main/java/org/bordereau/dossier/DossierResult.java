package org.bordereau.dossier;

import java.nio.file.Path;
import java.util.List;

/**
 * A built dossier: its sealed volume files (in the caller's work folder, to be stored), the manifest
 * (also embedded in every volume) and whether the files are PDF/A-3b. {@code pdfaIssues} says, per
 * exhibit, what kept the dossier from being PDF/A: the pages are filed as they are rather than altered,
 * and the file does not claim a conformance it lacks.
 */
public record DossierResult(
        DossierPlan plan,
        List<VolumeFile> volumes,
        Path manifestFile,
        byte[] manifest,
        boolean pdfa,
        List<String> pdfaIssues,
        List<Exhibit> exhibits) {

    public DossierResult {
        volumes = List.copyOf(volumes);
        pdfaIssues = List.copyOf(pdfaIssues);
        exhibits = List.copyOf(exhibits);
    }

    public record VolumeFile(int number, Path pdf, String sha256, long size, int pages) {}
}
