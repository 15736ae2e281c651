package org.bordereau.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the service issued on a case — letters, dossiers — and who downloaded them, in order. */
public record Outputs(List<IssuedLetter> letters, List<IssuedDossier> dossiers, List<Download> downloads) {

    public static final Outputs NONE = new Outputs(List.of(), List.of(), List.of());

    public Outputs {
        letters = letters == null ? List.of() : List.copyOf(letters);
        dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
        downloads = downloads == null ? List.of() : List.copyOf(downloads);
    }

    public Optional<IssuedLetter> letter(String id) {
        return letters.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<IssuedDossier> dossier(String id) {
        return dossiers.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The effect of one output event; other events leave outputs as they are. */
    static Outputs apply(Outputs state, CaseEvent event) {
        EventData data = event.data();
        if (data instanceof EventData.LetterIssued l) {
            return new Outputs(Recovery.plus(state.letters, IssuedLetter.of(event, l)), state.dossiers, state.downloads);
        }
        if (data instanceof EventData.DossierRequested r) {
            return new Outputs(state.letters, Recovery.plus(state.dossiers, new IssuedDossier(event.seq(),
                    r.dossierId(), r.language(), event.at(), event.actor(), IssuedDossier.Status.REQUESTED,
                    List.of(), 0, 0, null, null, null, false, null, null)), state.downloads);
        }
        if (data instanceof EventData.DossierBuilt b) {
            return state.replaceDossier(b.dossierId(), d -> new IssuedDossier(d.seq(), d.id(), d.language(),
                    d.requestedAt(), d.requestedBy(), IssuedDossier.Status.READY, b.volumes(), b.pages(),
                    b.exhibits(), b.manifestSha256(), b.chainHead(), b.sealLevel(), b.developmentSeal(), null,
                    event.at()));
        }
        if (data instanceof EventData.DossierFailed f) {
            return state.replaceDossier(f.dossierId(), d -> new IssuedDossier(d.seq(), d.id(), d.language(),
                    d.requestedAt(), d.requestedBy(), IssuedDossier.Status.FAILED, List.of(), 0, 0, null, null,
                    null, false, f.reason(), event.at()));
        }
        if (data instanceof EventData.OutputDownloaded o) {
            return new Outputs(state.letters, state.dossiers, Recovery.plus(state.downloads, new Download(
                    event.seq(), event.at(), event.actor(), o.output(), o.outputId(), o.format(), o.via())));
        }
        return state;
    }

    private Outputs replaceDossier(String id, java.util.function.UnaryOperator<IssuedDossier> change) {
        List<IssuedDossier> next = new ArrayList<>(dossiers.size());
        for (IssuedDossier d : dossiers) {
            next.add(d.id().equals(id) && d.status() == IssuedDossier.Status.REQUESTED ? change.apply(d) : d);
        }
        return new Outputs(letters, next, downloads);
    }
}
