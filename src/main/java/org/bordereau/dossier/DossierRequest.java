package org.bordereau.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bordereau.cases.CaseEvent;

/**
 * Everything a dossier is built from. {@code chainHead} and {@code events} are the case's event log
 * at the moment of the build: the head goes into the manifest, the events onto the audit page.
 *
 * @param language fr, ar or en (labels, stamps, placeholder pages)
 */
public record DossierRequest(
        String caseReference,
        String language,
        List<Exhibit> exhibits,
        DossierOptions options,
        String chainHead,
        List<CaseEvent> events) {

    static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

    public DossierRequest {
        Objects.requireNonNull(caseReference, "caseReference");
        language = language == null ? "fr" : language;
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of fr, ar, en: " + language);
        }
        exhibits = List.copyOf(exhibits);
        options = options == null ? DossierOptions.defaults() : options;
        events = events == null ? List.of() : List.copyOf(events);
    }
}
