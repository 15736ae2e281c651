package org.bordereau.cases;

import org.bordereau.storage.BlobStore;
import java.time.Clock;

/** Opens, reads and lists cases. Every change is an event appended to the case's log. */
public final class CaseService {

    public CaseService(BlobStore store, Clock clock) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Validates the command (all problems at once) and appends the CASE_OPENED event. */
    public Case create(String tenant, String actor, NewCase command) {
        throw new UnsupportedOperationException("TODO");
    }

    public Case get(String tenant, String caseId) {
        throw new UnsupportedOperationException("TODO");
    }

    public CasePage list(String tenant, CaseQuery query) {
        throw new UnsupportedOperationException("TODO");
    }
}
