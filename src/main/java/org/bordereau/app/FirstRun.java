package org.bordereau.app;

import java.io.PrintStream;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.IssuedKey;
import org.bordereau.access.Role;
import org.bordereau.storage.BlobStore;

/**
 * On the very first start (no key in the store), creates an agent and a lawyer key for tenant
 * {@code demo} and prints them once. A marker written with putIfAbsent makes sure that two
 * instances starting together on one bucket do not both do it.
 */
final class FirstRun {
    static final String DEMO_TENANT = "demo";
    private static final String MARKER = "sys/first-run.json";

    private FirstRun() {}

    static void ensureKeys(BlobStore store, ApiKeys keys, PrintStream out) {
        if (!keys.none()) {
            return;
        }
        byte[] marker = ("{\"at\":\"" + java.time.Instant.now() + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!store.putIfAbsent(MARKER, marker, "application/json")) {
            return;
        }
        IssuedKey agent = keys.create(DEMO_TENANT, Role.AGENT, "first-run agent");
        IssuedKey lawyer = keys.create(DEMO_TENANT, Role.LAWYER, "first-run lawyer");
        out.println("bordereau: first start, created API keys for tenant '" + DEMO_TENANT
                + "' (shown only this once, keep them):");
        out.println("  agent  key: " + agent.secret());
        out.println("  lawyer key: " + lawyer.secret());
    }
}
