package org.bordereau.http;

import io.javalin.security.RouteRole;
import org.bordereau.access.Role;

/** The roles a route admits, attached to routes; a route with none is public. */
enum Access implements RouteRole {
    INGEST(Role.INGEST), AGENT(Role.AGENT), LAWYER(Role.LAWYER), ADMIN(Role.ADMIN);

    final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** Everyone who works on cases: agents, lawyers (read) and upstream systems. */
    static final Access[] CASE_READERS = {AGENT, LAWYER, INGEST};
    static final Access[] CASE_CREATORS = {AGENT, INGEST};
}
