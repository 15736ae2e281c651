package org.bordereau.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.IssuedDossier;
import org.bordereau.dossier.DossierStatus;

/**
 * A dossier as the API shows it (DESIGN.md §4): {@code {id, status, progress:{done,total}, sha256, pages,
 * exhibits, volumes, sealLevel, developmentSeal, failure, contentUrl, links}}. Download URLs only once READY.
 */
record DossierView(String id, String status, Progress progress, String language, Instant requestedAt,
                   String requestedBy, Instant finishedAt, String sha256, int pages, int exhibits,
                   List<VolumeView> volumes, String manifestSha256, String chainHead, String sealLevel,
                   boolean developmentSeal, String failure, String contentUrl, Map<String, String> links) {

    record Progress(int done, int total) {}

    record VolumeView(int number, String sha256, long size, int pages, String contentUrl) {}

    static DossierView of(String caseId, DossierStatus s) {
        IssuedDossier d = s.recorded();
        String self = "/v1/cases/" + caseId + "/dossiers/" + s.id();
        boolean ready = s.state() == DossierStatus.State.READY;
        List<VolumeView> volumes = d.volumes().stream().map(v -> new VolumeView(v.number(), v.sha256(), v.size(),
                v.pages(), self + "/content?volume=" + v.number())).toList();
        Map<String, String> links = ready
                ? Map.of("self", self, "content", self + "/content", "zip", self + "/content?format=zip",
                        "link", self + "/link")
                : Map.of("self", self);
        return new DossierView(s.id(), s.state().name(), new Progress(s.done(), s.total()), d.language(),
                d.requestedAt(), d.requestedBy(), d.finishedAt(), d.sha256(), d.pages(), d.exhibits(), volumes,
                d.manifestSha256(), d.chainHead(), d.sealLevel(), d.developmentSeal(), s.failure(),
                ready ? self + "/content" : null, links);
    }

    /** {@code dossier-01J….pdf}, {@code dossier-01J…-vol2.pdf}, {@code dossier-01J….zip}. */
    static String filename(DossierStatus s, Integer volume, String extension) {
        String part = volume != null && s.volumes().size() > 1 ? "-vol" + volume : "";
        return "dossier-" + s.id() + part + "." + extension;
    }
}
