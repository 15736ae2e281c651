package org.bordereau.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordereau.cases.Case;
import org.bordereau.cases.Document;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * What the agent asked for. {@code include}: the documents to file (null or empty: all of the case's);
 * {@code order}: when given, every filed document exactly once, in the order wanted within its section.
 *
 * @param volumePages split into volumes of at most this many pages (0: one file)
 */
public record DossierCommand(String language, List<String> include, List<String> order, Numbering numbering,
                             int volumePages) {
    public static final int MAX_VOLUME_PAGES = 100_000;

    public DossierCommand {
        language = language == null ? "fr" : language;
        include = include == null ? List.of() : List.copyOf(include);
        order = order == null ? List.of() : List.copyOf(order);
        numbering = numbering == null ? Numbering.CONTINUOUS : numbering;
    }

    /** Problems found without the case (all at once). */
    List<Violation> check() {
        List<Violation> problems = new ArrayList<>();
        if (!DossierRequest.LANGUAGES.contains(language)) {
            problems.add(new Violation("language", "must be one of fr, ar, en"));
        }
        if (volumePages < 0 || volumePages > MAX_VOLUME_PAGES) {
            problems.add(new Violation("volumePages", "must be 0 (one file) or a page count up to " + MAX_VOLUME_PAGES));
        }
        if (new LinkedHashSet<>(include).size() != include.size()) {
            problems.add(new Violation("include", "names a document more than once"));
        }
        return problems;
    }

    /** The ids of the documents to file, checked against the case; refused with every problem at once. */
    List<String> documents(Case file) {
        List<Violation> problems = new ArrayList<>(check());
        Set<String> known = new LinkedHashSet<>();
        file.documents().forEach(d -> known.add(d.id()));
        List<String> chosen = new ArrayList<>();
        if (include.isEmpty()) {
            file.documents().stream().map(Document::id).forEach(chosen::add);
        } else {
            for (String id : include) {
                if (known.contains(id)) {
                    chosen.add(id);
                } else {
                    problems.add(new Violation("include", "the case has no document " + id));
                }
            }
        }
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add(new Violation("include", "the case has no document to file; upload the evidence first"));
        }
        if (!order.isEmpty()) {
            Set<String> ordered = new LinkedHashSet<>(order);
            if (ordered.size() != order.size() || !ordered.equals(new LinkedHashSet<>(chosen))) {
                Set<String> missing = new LinkedHashSet<>(chosen);
                missing.removeAll(ordered);
                Set<String> extra = new LinkedHashSet<>(ordered);
                extra.removeAll(chosen);
                problems.add(new Violation("order", "must list every filed document exactly once"
                        + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not filed " + extra)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return order.isEmpty() ? chosen : order;
    }

    /** The options as recorded in DOSSIER_REQUESTED. */
    Map<String, String> recorded() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("numbering", numbering.name());
        options.put("volumePages", Integer.toString(volumePages));
        if (!include.isEmpty()) {
            options.put("include", String.join(",", include));
        }
        if (!order.isEmpty()) {
            options.put("order", String.join(",", order));
        }
        return options;
    }
}
