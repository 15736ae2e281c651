package org.bordereau.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a completeness rule looked at: document ids, event numbers (seq) of the facts it used, and the
 * invoice numbers of the claims concerned.
 */
public record Evidence(List<String> documents, List<Long> events, List<String> claims) {
    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
    }

    /** Collects evidence without repeats, in the order met. */
    static final class Builder {
        private final Set<String> documents = new LinkedHashSet<>();
        private final Set<Long> events = new LinkedHashSet<>();
        private final Set<String> claims = new LinkedHashSet<>();

        Builder document(String id) {
            if (id != null) {
                documents.add(id);
            }
            return this;
        }

        Builder documents(List<String> ids) {
            ids.forEach(this::document);
            return this;
        }

        Builder event(long seq) {
            events.add(seq);
            return this;
        }

        Builder claim(String invoiceNumber) {
            claims.add(invoiceNumber);
            return this;
        }

        Evidence build() {
            return new Evidence(new ArrayList<>(documents), new ArrayList<>(events), new ArrayList<>(claims));
        }
    }
}
