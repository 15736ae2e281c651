package org.bordereau.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * An exhibit ready to be laid out: its verified original, its pages, how it is listed, and the other
 * documents of the case that are the same bytes (filed once, under this one).
 */
record Filed(Spooled original, Converted pages, String title, LocalDate date, List<String> duplicates) {
    Filed {
        duplicates = List.copyOf(duplicates);
    }

    Exhibit exhibit() {
        return original.exhibit();
    }
}
