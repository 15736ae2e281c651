package org.bordereau.sign;

/** Why a verdict is not {@link Verdict#VALID}: stable codes, translated by whoever shows them. */
public enum Finding {
    /** The file holds signature dictionaries (/ByteRange) but cannot be read, or they cannot be reached. */
    PDF_UNREADABLE(true),
    /** Password-protected: the signature dictionaries cannot be read. */
    ENCRYPTED(false),
    /** /ByteRange is missing, malformed, outside the file, or does not frame the /Contents string. */
    BYTE_RANGE_INVALID(true),
    /** /Contents is not one hexadecimal string. */
    CONTENTS_NOT_HEX(true),
    /** Bytes other than zeros after the signature inside /Contents. */
    CONTENTS_PADDING_NOT_ZERO(true),
    /** /Contents does not hold one readable, well-formed CMS SignedData with one signer (RFC 5652). */
    CMS_UNREADABLE(true),
    /** A certificate in the signature does not verify with its issuer's key in the same signature. */
    CERTIFICATE_DAMAGED(true),
    /** The signer's certificate is not in the signature. */
    SIGNER_CERTIFICATE_MISSING(true),
    /** The signed bytes do not have the digest the signature was made over: the document changed. */
    DIGEST_MISMATCH(true),
    /** The signature value does not verify with the signer's certificate. */
    SIGNATURE_INVALID(true),
    /** signing-certificate(-v2) names another certificate than the one that verifies the signature. */
    SIGNING_CERTIFICATE_MISMATCH(true),
    /**
     * The signer's certificate was not valid when the document was signed (by its timestamp, else its
     * /M): expired or not yet valid. The bytes may be intact; the seal does not vouch for them.
     */
    CERTIFICATE_NOT_VALID_AT_SIGNING_TIME(false),
    /** The signature timestamp is not over this signature or its authority's signature does not verify. */
    TIMESTAMP_INVALID(true),
    /** Bytes were added or changed after the last signature (incremental update or trailing data). */
    NOT_WHOLE_DOCUMENT(true),
    /**
     * A signature covers only an earlier revision and the file was changed after it, then signed again:
     * the later signature vouches for the changes, not the earlier seal. A document of ours carries one
     * seal; to check that seal, verify the revision it covers (the first bytes of its /ByteRange).
     */
    CHANGED_AFTER_EARLIER_SIGNATURE(true),
    /** More signatures than this verifier checks in one file ({@code Verifier.MAX_SIGNATURES}). */
    TOO_MANY_SIGNATURES(false),
    /** A /SubFilter this verifier does not check (only adbe.pkcs7.detached and ETSI.CAdES.detached are). */
    UNSUPPORTED_SUBFILTER(false);

    private final boolean altering;

    Finding(boolean altering) {
        this.altering = altering;
    }

    /** Whether this finding means the file is not what was signed. */
    public boolean altering() {
        return altering;
    }
}
