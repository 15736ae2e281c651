package org.bordereau.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every check a completeness pack may name, by name. A new kind of rule is a new {@link Check} listed here. */
final class Checks {
    private static final Map<String, Check> BY_NAME = index();

    private Checks() {}

    static Optional<Check> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    private static Map<String, Check> index() {
        List<Check> all = new ArrayList<>();
        all.addAll(MoneyChecks.all());
        all.addAll(EvidenceChecks.all());
        all.addAll(PartyChecks.all());
        all.addAll(ProcedureChecks.all());
        all.add(InjonctionCheck.check());
        Map<String, Check> byName = new LinkedHashMap<>();
        for (Check check : all) {
            if (byName.put(check.name(), check) != null) {
                throw new IllegalStateException("two checks are named " + check.name());
            }
        }
        return java.util.Collections.unmodifiableMap(byName);
    }
}
