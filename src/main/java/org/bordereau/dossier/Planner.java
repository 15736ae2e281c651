package org.bordereau.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lays the exhibits out: sections in the order of {@link ExhibitGroup}, exhibits numbered 1…n through
 * the whole dossier, page ranges after the front matter, page labels, volumes. Pure computation: the
 * same inputs give the same plan, which is what lets the builder re-plan when the front matter's
 * length changes.
 */
final class Planner {
    private Planner() {}

    /** Filing order: by section, then the caller's order when given, else by date (undated last) and title. */
    static List<Filed> order(List<Filed> filed, List<String> explicitOrder) {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < explicitOrder.size(); i++) {
            position.putIfAbsent(explicitOrder.get(i), i);
        }
        Comparator<Filed> bySection = Comparator.comparing(f -> f.exhibit().section());
        Comparator<Filed> within = explicitOrder.isEmpty()
                ? Comparator.comparing(Filed::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Filed::title, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(f -> position.get(f.exhibit().documentId()));
        List<Filed> ordered = new ArrayList<>(filed);
        ordered.sort(bySection.thenComparing(within));
        return ordered;
    }

    static DossierPlan plan(DossierRequest request, Instant builtAt, List<Filed> ordered, int frontMatterPages) {
        Numbering numbering = request.options().numbering();
        List<DossierPlan.Section> sections = new ArrayList<>();
        List<DossierPlan.PlannedExhibit> exhibits = new ArrayList<>();
        if (frontMatterPages > 0) {
            sections.add(new DossierPlan.Section("A", null, 1, frontMatterPages));
        }
        char letter = 'B';
        int page = frontMatterPages + 1;
        int number = 1;
        int index = 0;
        while (index < ordered.size()) {
            ExhibitGroup group = ordered.get(index).exhibit().section();
            String sectionLetter = String.valueOf(letter++);
            int sectionFirst = page;
            while (index < ordered.size() && ordered.get(index).exhibit().section() == group) {
                Filed filed = ordered.get(index++);
                int count = filed.pages().pages();
                int last = page + count - 1;
                Exhibit exhibit = filed.exhibit();
                exhibits.add(new DossierPlan.PlannedExhibit(number++, group, sectionLetter, exhibit.documentId(),
                        filed.title(), filed.date(), exhibit.filename(), exhibit.mediaType(), filed.original().sha256(),
                        filed.original().size(), count, page, last,
                        label(numbering, sectionLetter, sectionFirst, page),
                        label(numbering, sectionLetter, sectionFirst, last), 0, filed.duplicates()));
                page = last + 1;
            }
            sections.add(new DossierPlan.Section(sectionLetter, group, sectionFirst, page - 1));
        }
        int total = page - 1;
        List<DossierPlan.Volume> volumes = volumes(exhibits, frontMatterPages, total, request.options().volumePages());
        List<DossierPlan.PlannedExhibit> placed = new ArrayList<>();
        for (DossierPlan.PlannedExhibit e : exhibits) {
            placed.add(withVolume(e, volumeOf(volumes, e.firstPage())));
        }
        return new DossierPlan(request.caseReference(), request.language(), builtAt, request.chainHead(), numbering,
                frontMatterPages, total, sections, placed, volumes, request.events());
    }

    /** How a dossier page is stamped and labelled: {@code 37}, or {@code C 4} per section. */
    static String label(Numbering numbering, String section, int sectionFirst, int page) {
        return numbering == Numbering.CONTINUOUS ? String.valueOf(page) : section + " " + (page - sectionFirst + 1);
    }

    /**
     * Volumes of at most {@code limit} pages that start on an exhibit's first page: a new volume begins
     * when the next exhibit would overflow one that already holds an exhibit. The front matter opens
     * volume 1; an exhibit longer than the limit gets a volume of its own.
     */
    private static List<DossierPlan.Volume> volumes(List<DossierPlan.PlannedExhibit> exhibits, int frontMatterPages,
            int total, int limit) {
        List<DossierPlan.Volume> volumes = new ArrayList<>();
        if (limit == 0 || total <= limit) {
            volumes.add(new DossierPlan.Volume(1, 1, Math.max(total, 1)));
            return volumes;
        }
        int start = 1;
        boolean holdsExhibit = false;
        for (DossierPlan.PlannedExhibit e : exhibits) {
            if (holdsExhibit && e.lastPage() - start + 1 > limit) {
                volumes.add(new DossierPlan.Volume(volumes.size() + 1, start, e.firstPage() - 1));
                start = e.firstPage();
            }
            holdsExhibit = true;
        }
        volumes.add(new DossierPlan.Volume(volumes.size() + 1, start, total));
        return volumes;
    }

    private static int volumeOf(List<DossierPlan.Volume> volumes, int page) {
        for (DossierPlan.Volume volume : volumes) {
            if (page >= volume.firstPage() && page <= volume.lastPage()) {
                return volume.number();
            }
        }
        throw new IllegalStateException("page " + page + " is in no volume");
    }

    private static DossierPlan.PlannedExhibit withVolume(DossierPlan.PlannedExhibit e, int volume) {
        return new DossierPlan.PlannedExhibit(e.number(), e.group(), e.section(), e.documentId(), e.title(), e.date(),
                e.filename(), e.mediaType(), e.sha256(), e.size(), e.pageCount(), e.firstPage(), e.lastPage(),
                e.firstLabel(), e.lastLabel(), volume, e.duplicates());
    }
}
