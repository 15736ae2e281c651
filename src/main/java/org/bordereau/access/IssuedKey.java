package org.bordereau.access;

/** A freshly created key: {@code secret} is shown to its owner once and then forgotten. */
public record IssuedKey(String secret, ApiKey key) {}
