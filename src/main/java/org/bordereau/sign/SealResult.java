package org.bordereau.sign;

import java.time.Instant;

/**
 * What a sealing produced.
 *
 * @param level              B-B or B-T
 * @param signingTime        the claimed time, written in the signature dictionary's /M
 * @param signer             the seal certificate's subject (RFC 2253)
 * @param certificateSha256  SHA-256 of the seal certificate
 * @param development        sealed with the development seal: prove nothing to a court
 * @param timestampTime      the authority's time (B-T), else null
 * @param timestampAuthority the authority certificate's subject (B-T), else null
 * @param downgradeReason    why a configured timestamp is missing (B-B by {@link OnTimestampFailure#DOWNGRADE}),
 *                           else null; the caller records it in the event log and the response
 */
public record SealResult(
        PadesLevel level,
        Instant signingTime,
        String signer,
        String certificateSha256,
        boolean development,
        Instant timestampTime,
        String timestampAuthority,
        String downgradeReason) {

    public boolean downgraded() {
        return downgradeReason != null;
    }
}
