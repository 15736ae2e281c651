package org.bordereau.sign;

import java.time.Instant;

/**
 * The RFC 3161 signature timestamp of one signature.
 *
 * @param time      the authority's time (genTime)
 * @param authority the authority certificate's subject, or its tsaName when the certificate is absent
 * @param valid     over this signature's value and signed by a timeStamping certificate that verifies it
 */
public record TimestampReport(Instant time, String authority, boolean valid) {}
