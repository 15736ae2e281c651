package org.bordereau.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full cases an instance holds in memory, across all tenants, at most {@code capacity} of them:
 * the least recently used one is dropped first. A dropped case is read again from its log when next
 * asked for, so the bound costs requests, never correctness. One lock: every operation is O(1) and
 * far shorter than the store request that usually follows it.
 */
final class RecentCases {
    private final int capacity;
    private final LinkedHashMap<String, Case> cases;

    RecentCases(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the case cache needs room for at least one case: " + capacity);
        }
        this.capacity = capacity;
        this.cases = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Case> eldest) {
                return size() > RecentCases.this.capacity;
            }
        };
    }

    /** The held case, marked as just used; null if not held. */
    synchronized Case get(String tenant, String caseId) {
        return cases.get(key(tenant, caseId));
    }

    /** Holds {@code fresh} unless a later version is already held; returns the version held. */
    synchronized Case keep(String tenant, Case fresh) {
        return cases.merge(key(tenant, fresh.id()), fresh, (held, offered) -> held.version() >= offered.version()
                ? held : offered);
    }

    synchronized int size() {
        return cases.size();
    }

    // Tenants never contain '/' (CaseIds.requireTenant), so the key is unambiguous.
    private static String key(String tenant, String caseId) {
        return tenant + '/' + caseId;
    }
}
