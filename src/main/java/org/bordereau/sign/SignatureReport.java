package org.bordereau.sign;

import java.time.Instant;
import java.util.List;

/**
 * One signature of a verified PDF. Fields that could not be read are null.
 *
 * @param field               the signature field's name
 * @param subFilter           e.g. ETSI.CAdES.detached
 * @param intact              the signed bytes are unchanged and the CMS signature verifies
 * @param coversWholeDocument the byte range reaches the end of the file (nothing added since)
 * @param signer              signer certificate subject (RFC 2253)
 * @param signerCertificateSha256 SHA-256 of the signer certificate
 * @param signingTime         the claimed time: /M, else the CMS signing-time
 * @param level               the PAdES baseline reached
 * @param timestamp           the signature timestamp, if any
 * @param development         signed with a Bordereau development seal
 * @param selfSigned          the signer certificate is its own issuer (nobody vouches for it)
 * @param reason              /Reason as written
 * @param findings            what is wrong, empty when nothing is
 */
public record SignatureReport(
        String field,
        String subFilter,
        boolean intact,
        boolean coversWholeDocument,
        String signer,
        String signerCertificateSha256,
        Instant signingTime,
        PadesLevel level,
        TimestampReport timestamp,
        boolean development,
        boolean selfSigned,
        String reason,
        List<Finding> findings) {

    public SignatureReport {
        findings = List.copyOf(findings);
    }
}
