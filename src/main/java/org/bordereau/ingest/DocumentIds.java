package org.bordereau.ingest;

import java.time.Clock;
import org.bordereau.cases.Ulids;

/** Document ids: ULIDs, like every id the service hands out (see {@link Ulids}). */
final class DocumentIds {
    private final Ulids ulids;

    DocumentIds(Clock clock) {
        this.ulids = new Ulids(clock);
    }

    String next() {
        return ulids.next();
    }
}
