package org.bordereau.dossier;

import java.time.LocalDate;
import org.bordereau.cases.Case;

/** Makes the front matter of one case's dossier: cover, bordereau, statement, chronology, completeness, audit. */
public interface FrontMatterFactory {
    FrontMatter forCase(String tenant, Case file, String language, LocalDate asOf);
}
