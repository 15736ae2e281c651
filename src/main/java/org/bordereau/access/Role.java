package org.bordereau.access;

import java.util.Locale;
import java.util.Optional;

/** What a key may do (DESIGN.md §4). Each key has exactly one role within one tenant. */
public enum Role {
    /** Upstream systems (ERP, billing): create cases, post documents. */
    INGEST,
    /** Recovery agents: everything on the cases of their tenant. */
    AGENT,
    /** Lawyers: read, download, verify. */
    LAWYER,
    /** Key management for the tenant. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        for (Role role : values()) {
            if (role.id().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
