package org.bordereau.cases;

/**
 * Where bytes live: evidence received and PDFs issued alike are content-addressed and immutable,
 * {@code t/{tenant}/blobs/sha256/{first two hex digits}/{sha256}} (DESIGN.md §3).
 */
public final class Blobs {
    private Blobs() {}

    public static String key(String tenant, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return "t/" + CaseIds.requireTenant(tenant) + "/blobs/sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
