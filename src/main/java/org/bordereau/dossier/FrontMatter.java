package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the pages that open the dossier: cover, bordereau (index of exhibits), statement of account,
 * chronology, completeness report, audit page. The {@code render} package implements it with FOP; it is
 * called with the final exhibit table and may be called again when its page count changed the page
 * ranges (the builder iterates until the count is stable, usually twice, once when the front matter
 * numbers its pages itself: {@link RenderedPages#selfNumbered}).
 *
 * <p>The contract with the builder:
 * <ul>
 * <li>the file is written in {@code folder}, the build's work folder, deleted with it (nothing of the
 * case in the JVM's temporary folder, where a crash would leave it);</li>
 * <li>a PDF/A-3b-compatible file (fonts embedded, no transparency needing a group, RGB or grey only);</li>
 * <li>the bottom {@value DossierLayout#STAMP_BAND} points of every page left empty: the builder stamps
 * the dossier page number there;</li>
 * <li>each index line is a link annotation whose action is the URI {@code #piece-K} (K = exhibit
 * number), e.g. {@code <fo:basic-link external-destination="url(#piece-7)">}: the builder turns it into a
 * link to the exhibit's first page, where the layout engine put it, with no text search.</li>
 * </ul>
 */
@FunctionalInterface
public interface FrontMatter {
    RenderedPages render(DossierPlan plan, Path folder) throws IOException;

    /**
     * The rendered file and its parts (one bookmark each), first pages counted from 0 in this file. The
     * front matter is the file's first {@code pageCount} pages; pages after them are not part of it.
     * {@code selfNumbered}: the page numbers it prints were resolved by the layout itself, so they are
     * right for any plan with the same exhibits and volumes, whatever front-matter length the plan
     * assumed; otherwise they are the plan's, and the builder renders again until the length is stable.
     */
    record RenderedPages(Path pdf, int pageCount, List<Part> parts, boolean selfNumbered) {
        public RenderedPages {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public RenderedPages(Path pdf, int pageCount, List<Part> parts) {
            this(pdf, pageCount, parts, false);
        }
    }

    record Part(String title, int firstPage) {}
}
