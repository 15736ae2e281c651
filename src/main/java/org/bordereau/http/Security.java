package org.bordereau.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.Principal;

/**
 * Bearer API keys (DESIGN.md §4): 401 without a valid key, 403 when the key's role is not admitted
 * by the route. Tenant isolation follows: every handler reads the tenant from the principal only.
 */
final class Security {
    static final String ATTRIBUTE = "bordereau.principal";

    private final ApiKeys keys;

    Security(ApiKeys keys) {
        this.keys = keys;
    }

    void check(Context ctx) {
        Set<RouteRole> admitted = ctx.routeRoles();
        if (admitted.isEmpty()) {
            return; // public route
        }
        Principal principal = bearer(ctx).flatMap(keys::authenticate).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"bordereau\"");
            return new ProblemException(Problem.of(401, "unauthenticated", "Unauthenticated",
                    "Send a valid API key as 'Authorization: Bearer <key>'. Keys are created with "
                            + "'java -jar bordereau.jar apikey create --tenant T --role R'."));
        });
        boolean allowed = admitted.stream().anyMatch(r -> r instanceof Access a && a.role == principal.role());
        if (!allowed) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "A key with role '" + principal.role().id() + "' may not do this; it needs one of "
                            + admitted.stream().map(r -> ((Access) r).role.id()).sorted().toList() + "."));
        }
        ctx.attribute(ATTRIBUTE, principal);
    }

    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("route reached without authentication: declare its roles");
        }
        return principal;
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }
}
