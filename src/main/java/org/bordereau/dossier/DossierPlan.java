package org.bordereau.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.CaseEvent;

/**
 * The dossier as it will be laid out: the exhibit table (numbers, titles, dates, file names, page
 * ranges), its sections and volumes. Page numbers count from 1 at the cover over the whole dossier,
 * whatever the volume; {@code firstLabel}/{@code lastLabel} are what the pages are stamped with
 * ({@code 37} or {@code C 4}).
 */
public record DossierPlan(
        String caseReference,
        String language,
        Instant builtAt,
        String chainHead,
        Numbering numbering,
        int frontMatterPages,
        int totalPages,
        List<Section> sections,
        List<PlannedExhibit> exhibits,
        List<Volume> volumes,
        List<CaseEvent> events) {

    public DossierPlan {
        sections = List.copyOf(sections);
        exhibits = List.copyOf(exhibits);
        volumes = List.copyOf(volumes);
        events = List.copyOf(events);
    }

    /** Whether {@code other} splits the dossier into as many volumes, with every exhibit in the same one. */
    public boolean sameVolumes(DossierPlan other) {
        if (volumes.size() != other.volumes.size() || exhibits.size() != other.exhibits.size()) {
            return false;
        }
        for (int i = 0; i < exhibits.size(); i++) {
            if (exhibits.get(i).volume() != other.exhibits.get(i).volume()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One exhibit as filed. {@code duplicates} are the other documents of the case with the same bytes
     * (same SHA-256): filed once, under the first.
     */
    public record PlannedExhibit(
            int number,
            ExhibitGroup group,
            String section,
            String documentId,
            String title,
            LocalDate date,
            String filename,
            String mediaType,
            String sha256,
            long size,
            int pageCount,
            int firstPage,
            int lastPage,
            String firstLabel,
            String lastLabel,
            int volume,
            List<String> duplicates) {
        public PlannedExhibit {
            duplicates = List.copyOf(duplicates);
        }
    }

    /** A section of the dossier: the letter it is numbered with (per-section numbering) and its pages. */
    public record Section(String letter, ExhibitGroup group, int firstPage, int lastPage) {
        /** The front matter is section A, with no exhibit group. */
        public boolean isFrontMatter() {
            return group == null;
        }
    }

    /** One file of the dossier: a page range that starts and ends on exhibit boundaries. */
    public record Volume(int number, int firstPage, int lastPage) {
        public int pageCount() {
            return lastPage - firstPage + 1;
        }
    }
}
