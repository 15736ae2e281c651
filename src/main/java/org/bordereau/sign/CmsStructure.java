package org.bordereau.sign;

import java.util.Collection;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * The parts of a CMS SignedData that no signature covers, checked for consistency so that a changed
 * byte there is still noticed: the versions RFC 5652 §5.1/§5.3 prescribe, the signer's digest
 * algorithm listed in digestAlgorithms, and every certificate whose issuer is present verifying
 * with the issuer's key (a corrupted CA certificate would otherwise pass unseen).
 */
final class CmsStructure {
    /** RFC 5652 counter-signature, and the CAdES (ETSI EN 319 122) unsigned attributes. */
    private static final Set<String> KNOWN_UNSIGNED = Set.of(
            "1.2.840.113549.1.9.6",          // countersignature
            "1.2.840.113549.1.9.16.2.14",    // signature-time-stamp
            "1.2.840.113549.1.9.16.2.21",    // complete-certificate-references
            "1.2.840.113549.1.9.16.2.22",    // complete-revocation-references
            "1.2.840.113549.1.9.16.2.23",    // certificate-values
            "1.2.840.113549.1.9.16.2.24",    // revocation-values
            "1.2.840.113549.1.9.16.2.25",    // CAdES-C-time-stamp
            "1.2.840.113549.1.9.16.2.26",    // time-stamped-certs-crls-references
            "1.2.840.113549.1.9.16.2.44",    // attribute-certificate-references
            "1.2.840.113549.1.9.16.2.45",    // attribute-revocation-references
            "1.2.840.113549.1.9.16.2.48",    // archive-time-stamp v2
            "0.4.0.1733.2.4",                // archive-time-stamp-v3
            "0.4.0.19122.1.5");              // ats-hash-index-v3
    private CmsStructure() {}

    /** Whether the versions and algorithm lists are what RFC 5652 says they must be. */
    static boolean consistent(CMSSignedData signed) {
        try {
            if (!CMSObjectIdentifiers.signedData.equals(signed.toASN1Structure().getContentType())) {
                return false;
            }
            SignedData data = SignedData.getInstance(signed.toASN1Structure().getContent());
            if (!onlyPlainCertificates(data.getCertificates()) || !taggedAsDeclared(data)) {
                return false;
            }
            boolean anyV3 = false;
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                boolean byKeyId = signer.getSID().getSubjectKeyIdentifier() != null;
                if (signer.getVersion() != (byKeyId ? 3 : 1) || !listed(data.getDigestAlgorithms(), signer.getDigestAlgorithmID())) {
                    return false;
                }
                anyV3 |= byKeyId;
            }
            int expected = anyV3 || !CMSObjectIdentifiers.data.equals(data.getEncapContentInfo().getContentType()) ? 3 : 1;
            int version = data.getVersion().intValueExact();
            return version == expected; // 4 and 5 announce attribute or other certificates, refused above
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the certificates hang together: each one issued by another in the set (its own subject
     * for a root) verifies with that one's key, and each is the signer's, the issuer of another, or
     * issued by another. A changed byte in a name would otherwise leave a certificate nobody checks.
     */
    @SuppressWarnings("unchecked")
    static boolean certificatesIntact(CMSSignedData signed, X509CertificateHolder signer) {
        try {
            Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(null);
            for (X509CertificateHolder certificate : certificates) {
                boolean connected = certificate.equals(signer);
                for (X509CertificateHolder other : certificates) {
                    if (other.getSubject().equals(certificate.getIssuer())) {
                        if (!certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(other))) {
                            return false;
                        }
                        connected = true;
                    }
                    connected |= other != certificate && other.getIssuer().equals(certificate.getSubject());
                }
                if (!connected) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * RFC 5652 §5.3: signed attributes are [0], unsigned [1] (BC accepts any tag in either place), and an
     * encapsulated content is an OCTET STRING; only unsigned attribute types PAdES/CAdES define may appear.
     */
    private static boolean taggedAsDeclared(SignedData data) {
        ASN1Encodable content = data.getEncapContentInfo().getContent();
        if (content != null && !(content instanceof ASN1OctetString)) {
            return false;
        }
        for (ASN1Encodable info : data.getSignerInfos()) {
            ASN1Sequence fields = ASN1Sequence.getInstance(info);
            for (int i = 0; i < fields.size(); i++) {
                if (fields.getObjectAt(i) instanceof ASN1TaggedObject tagged) {
                    int expected = i == 3 ? 0 : i == fields.size() - 1 ? 1 : -1;
                    if (tagged.getTagClass() != BERTags.CONTEXT_SPECIFIC || tagged.getTagNo() != expected) {
                        return false;
                    }
                }
            }
            SignerInfo signer = SignerInfo.getInstance(info);
            if (signer.getUnauthenticatedAttributes() != null) {
                for (ASN1Encodable attribute : signer.getUnauthenticatedAttributes()) {
                    if (!KNOWN_UNSIGNED.contains(Attribute.getInstance(attribute).getAttrType().getId())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** RFC 5652 §10.2.2: an X.509 certificate is a SEQUENCE; anything else would be skipped unseen. */
    private static boolean onlyPlainCertificates(ASN1Set certificates) {
        if (certificates != null) {
            for (ASN1Encodable certificate : certificates) {
                if (!(certificate instanceof ASN1Sequence)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean listed(ASN1Set algorithms, AlgorithmIdentifier algorithm) {
        for (ASN1Encodable listed : algorithms) {
            if (AlgorithmIdentifier.getInstance(listed).equals(algorithm)) {
                return true;
            }
        }
        return false;
    }
}
