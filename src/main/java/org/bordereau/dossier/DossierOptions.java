package org.bordereau.dossier;

import java.util.List;

/**
 * How to build a dossier.
 *
 * @param numbering   continuous or per section
 * @param volumePages split into volumes of at most this many pages, never inside an exhibit
 *                    (an exhibit longer than that gets a volume of its own); 0 = one volume
 * @param order       document ids to file, in this order within their sections; empty = every exhibit,
 *                    each section ordered by date then title
 */
public record DossierOptions(Numbering numbering, int volumePages, List<String> order) {
    public DossierOptions {
        numbering = numbering == null ? Numbering.CONTINUOUS : numbering;
        if (volumePages < 0) {
            throw new IllegalArgumentException("volumePages must be 0 (no split) or positive: " + volumePages);
        }
        order = order == null ? List.of() : List.copyOf(order);
    }

    public static DossierOptions defaults() {
        return new DossierOptions(Numbering.CONTINUOUS, 0, List.of());
    }
}
