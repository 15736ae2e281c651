package org.bordereau.cases;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The storage layout of cases (DESIGN.md §3): every key this package reads or writes is made here. */
final class CaseKeys {
    private static final Pattern EVENT_NAME = Pattern.compile("(\\d{10})\\.json");
    private static final Pattern TENANT_EVENT_KEY =
            Pattern.compile("t/[a-z0-9-]+/cases/([0-9A-Z]{26})/events/(\\d{10})\\.json");

    private CaseKeys() {}

    /** {@code t/{tenant}/cases/}: every case of the tenant, and their outputs. */
    static String cases(String tenant) {
        return "t/" + CaseIds.requireTenant(tenant) + "/cases/";
    }

    /** {@code t/{tenant}/cases/{caseId}/events/}. */
    static String events(String tenant, String caseId) {
        return cases(tenant) + CaseIds.requireCaseId(caseId) + "/events/";
    }

    /** Event {@code seq} under an events prefix; ten digits keep numeric and key order the same. */
    static String event(String eventsPrefix, long seq) {
        return eventsPrefix + String.format("%010d.json", seq);
    }

    /** {@code t/{tenant}/case-refs/{sha256}.json}: the hash keeps whatever a reference holds out of the key. */
    static String reference(String tenant, String referenceKey) {
        return "t/" + CaseIds.requireTenant(tenant) + "/case-refs/" + referenceKey + ".json";
    }

    /** {@code t/{tenant}/issued/{sha256}.json}: which case issued the output with these bytes. */
    static String issued(String tenant, String sha256) {
        return "t/" + CaseIds.requireTenant(tenant) + "/issued/" + sha256 + ".json";
    }

    /** {@code t/{tenant}/settings/{name}.json}: a tenant's own settings (names are fixed by the code). */
    static String settings(String tenant, String name) {
        return "t/" + CaseIds.requireTenant(tenant) + "/settings/" + name + ".json";
    }

    /** The seq of an object named {@code name} inside an events folder, if it is named like an event. */
    static OptionalLong seqOf(String name) {
        Matcher m = EVENT_NAME.matcher(name);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Case id and seq of a full event key from a tenant-wide listing; empty for any other object. */
    static Optional<Map.Entry<String, Long>> caseEventOf(String key) {
        Matcher m = TENANT_EVENT_KEY.matcher(key);
        return m.matches() ? Optional.of(Map.entry(m.group(1), Long.parseLong(m.group(2)))) : Optional.empty();
    }
}
