package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.bordereau.access.ApiKey;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.IssuedKey;
import org.bordereau.access.Principal;
import org.bordereau.access.Role;

/** {@code /v1/keys}: an admin key manages the keys of its own tenant. */
final class KeyRoutes {
    private final ApiKeys keys;
    private final JsonBodies bodies;

    KeyRoutes(ApiKeys keys, JsonBodies bodies) {
        this.keys = keys;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/keys", this::create, Access.ADMIN);
        routes.get("/v1/keys", this::list, Access.ADMIN);
        routes.delete("/v1/keys/{id}", this::revoke, Access.ADMIN);
    }

    record CreateKey(String role, String label) {}

    record KeyView(String id, String tenant, String role, String label, String createdAt, String revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.tenant(), k.role().id(), k.label(), k.createdAt().toString(),
                    k.revokedAt() == null ? null : k.revokedAt().toString());
        }
    }

    private void create(Context ctx) {
        Principal who = Security.principal(ctx);
        CreateKey body = bodies.read(ctx, CreateKey.class);
        Role role = body.role() == null ? null : Role.parse(body.role()).orElse(null);
        if (role == null) {
            throw ProblemException.invalid("Say which role the new key has.", List.of(new Problem.FieldError(
                    "role", "must be one of ingest, agent, lawyer, admin")));
        }
        if (body.label() != null && body.label().length() > 100) {
            throw ProblemException.invalid("The label is too long.", List.of(new Problem.FieldError(
                    "label", "must be at most 100 characters")));
        }
        IssuedKey issued = keys.create(who.tenant(), role, body.label());
        ctx.status(201).json(Map.of("key", KeyView.of(issued.key()), "secret", issued.secret(),
                "notice", "Store this secret now: it is not kept and cannot be shown again."));
    }

    private void list(Context ctx) {
        ctx.json(keys.list(Security.principal(ctx).tenant()).stream().map(KeyView::of).toList());
    }

    private void revoke(Context ctx) {
        if (!keys.revoke(Security.principal(ctx).tenant(), ctx.pathParam("id"))) {
            throw ProblemException.notFound("No active key with this id in your tenant.");
        }
        ctx.status(204);
    }
}
