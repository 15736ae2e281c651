package org.bordereau.sign;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks the CMS of one signature against its signed bytes: digest, signature value, the
 * signing-certificate attribute (which certificate was meant), the PAdES baseline reached, and the
 * signature timestamp. Collects findings instead of throwing.
 */
final class CmsCheck {
    record Outcome(boolean intact, String signer, String certificateSha256, boolean development, boolean selfSigned,
                   Instant cmsSigningTime, PadesLevel level, TimestampReport timestamp) {
        static Outcome unreadable() {
            return new Outcome(false, null, null, false, false, null, PadesLevel.NOT_PADES, null);
        }
    }

    private CmsCheck() {}

    /** @param claimed the signature dictionary's /M, the signing time when no timestamp proves one */
    static Outcome check(SignedRange range, boolean cadesSubFilter, Instant claimed, List<Finding> findings) {
        SignerInformation signer;
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(range.content(), range.cms());
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                findings.add(Finding.CMS_UNREADABLE);
                return Outcome.unreadable();
            }
            signer = signers.iterator().next();
            if (!CmsStructure.consistent(signed)) {
                findings.add(Finding.CMS_UNREADABLE);
                return Outcome.unreadable();
            }
        } catch (Exception e) {
            findings.add(Finding.CMS_UNREADABLE);
            return Outcome.unreadable();
        }
        X509CertificateHolder holder = signerCertificate(signed, signer);
        if (holder == null) {
            findings.add(Finding.SIGNER_CERTIFICATE_MISSING);
            return Outcome.unreadable();
        }
        boolean intact = verify(signer, holder, findings);
        if (!CmsStructure.certificatesIntact(signed, holder)) {
            findings.add(Finding.CERTIFICATE_DAMAGED);
            intact = false;
        }
        X509Certificate certificate;
        byte[] encoded;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
            encoded = holder.getEncoded();
        } catch (Exception e) {
            findings.add(Finding.CMS_UNREADABLE);
            return Outcome.unreadable();
        }
        AttributeTable attributes = signer.getSignedAttributes();
        boolean essPresent = essCertificateMatches(attributes, encoded, findings);
        Instant signingTime = signingTime(attributes);
        TimestampReport timestamp = timestamp(signer, findings);
        Instant signedOn = timestamp != null && timestamp.valid() ? timestamp.time()
                : claimed != null ? claimed : signingTime;
        if (signedOn != null && !validOn(certificate, signedOn)) {
            findings.add(Finding.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME);
        }
        PadesLevel level = PadesLevel.NOT_PADES;
        // ETSI EN 319 142-1 §6.3: CAdES detached, signing-certificate(-v2), no CMS signing-time.
        if (intact && cadesSubFilter && essPresent && signingTime == null) {
            level = timestamp != null && timestamp.valid() ? PadesLevel.B_T : PadesLevel.B_B;
        }
        return new Outcome(intact, certificate.getSubjectX500Principal().getName(), Digests.sha256Hex(encoded),
                DevelopmentSeal.isDevelopment(certificate),
                certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()),
                signingTime, level, timestamp);
    }

    /** Whether {@code certificate} was valid on {@code when} (its notBefore..notAfter). */
    static boolean validOn(X509Certificate certificate, Instant when) {
        try {
            certificate.checkValidity(Date.from(when));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder signerCertificate(CMSSignedData signed, SignerInformation signer) {
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static boolean verify(SignerInformation signer, X509CertificateHolder certificate, List<Finding> findings) {
        try {
            if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return true;
            }
            findings.add(Finding.SIGNATURE_INVALID);
        } catch (CMSSignerDigestMismatchException e) {
            findings.add(Finding.DIGEST_MISMATCH);
        } catch (Exception e) {
            findings.add(Finding.SIGNATURE_INVALID);
        }
        return false;
    }

    /** Whether a signing-certificate(-v2) attribute is present; a mismatch is a finding. */
    private static boolean essCertificateMatches(AttributeTable attributes, byte[] certificate, List<Finding> findings) {
        if (attributes == null) {
            return false;
        }
        try {
            Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                return matches(id.getHashAlgorithm(), id.getCertHash(), certificate, findings);
            }
            Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                return matches(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), id.getCertHash(), certificate, findings);
            }
        } catch (Exception e) {
            findings.add(Finding.SIGNING_CERTIFICATE_MISMATCH);
        }
        return false;
    }

    private static boolean matches(AlgorithmIdentifier algorithm, byte[] expected, byte[] certificate,
                                   List<Finding> findings) throws Exception {
        if (!Arrays.equals(expected, digest(algorithm, certificate))) {
            findings.add(Finding.SIGNING_CERTIFICATE_MISMATCH);
            return false;
        }
        return true;
    }

    private static Instant signingTime(AttributeTable attributes) {
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return null;
        }
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            if (value instanceof ASN1UTCTime || value instanceof ASN1GeneralizedTime) {
                return Time.getInstance(value).getDate().toInstant();
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The signature-time-stamp unsigned attribute (B-T), checked; null when there is none. */
    private static TimestampReport timestamp(SignerInformation signer, List<Finding> findings) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        } catch (Exception e) {
            findings.add(Finding.TIMESTAMP_INVALID);
            return new TimestampReport(null, null, false);
        }
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        String authority = token.getTimeStampInfo().getTsa() == null ? null : token.getTimeStampInfo().getTsa().toString();
        boolean valid = false;
        try {
            X509Certificate tsaCertificate = TimestampClient.signerCertificate(token);
            authority = tsaCertificate.getSubjectX500Principal().getName();
            byte[] imprint = digest(token.getTimeStampInfo().getHashAlgorithm(), signer.getSignature());
            if (Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())
                    && CmsStructure.consistent(token.toCMSSignedData())
                    && CmsStructure.certificatesIntact(token.toCMSSignedData(), tsaHolder(token))) {
                // also checks the timeStamping key usage and the certificate's validity at genTime
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
                valid = true;
            }
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            findings.add(Finding.TIMESTAMP_INVALID);
        }
        return new TimestampReport(time, authority, valid);
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder tsaHolder(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws Exception {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (var out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }
}
