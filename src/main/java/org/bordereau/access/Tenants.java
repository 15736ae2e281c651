package org.bordereau.access;

import java.util.regex.Pattern;

/** Tenant ids become storage prefixes ({@code t/{tenant}/...}), so their alphabet is closed. */
public final class Tenants {
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Tenants() {}

    public static boolean valid(String tenant) {
        return tenant != null && TENANT.matcher(tenant).matches();
    }

    public static String describe() {
        return "1 to 63 characters: lowercase letters, digits and '-', not starting with '-'";
    }
}
