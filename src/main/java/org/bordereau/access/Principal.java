package org.bordereau.access;

/**
 * Who is calling: the tenant and role of the presented key, and a stable, non-secret actor id
 * (a prefix of the key's hash) recorded in event logs.
 */
public record Principal(String tenant, Role role, String actor) {}
