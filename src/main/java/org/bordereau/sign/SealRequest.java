package org.bordereau.sign;

import java.util.Objects;

/**
 * What to seal with and what the signature dictionary says. {@code reason}, {@code location} and
 * {@code contactInfo} are optional (null) texts chosen by the caller in the document's language.
 */
public record SealRequest(Seal seal, String reason, String location, String contactInfo) {
    public SealRequest {
        Objects.requireNonNull(seal, "seal");
    }

    public static SealRequest of(Seal seal) {
        return new SealRequest(seal, null, null, null);
    }
}
