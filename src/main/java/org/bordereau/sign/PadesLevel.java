package org.bordereau.sign;

/** The ETSI EN 319 142-1 baseline a signature reaches, in the names EU DSS reports. */
public enum PadesLevel {
    /** CAdES-detached CMS with signing-certificate-v2 and no CMS signing-time. */
    B_B("PAdES-BASELINE-B"),
    /** B-B plus an RFC 3161 signature timestamp: the signing time is proven by a third party. */
    B_T("PAdES-BASELINE-T"),
    /** A signature that is not PAdES baseline (adbe.pkcs7.detached, missing signing-certificate-v2...). */
    NOT_PADES("not PAdES baseline");

    private final String label;

    PadesLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
