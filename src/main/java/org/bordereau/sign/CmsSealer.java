package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS inside a PAdES signature (ETSI EN 319 142-1 §6.3, baseline B): SignedData over the
 * document's byte ranges, detached, signed attributes content-type, message-digest and
 * signing-certificate-v2, and no signing-time (PAdES puts the time in the dictionary's /M).
 */
final class CmsSealer {
    private CmsSealer() {}

    /** Reads {@code content} to its end (streaming: the document is never held in memory). */
    static CMSSignedData sign(InputStream content, Seal seal) throws IOException {
        try {
            PrivateKey key = seal.privateKey();
            AttributeTable essAttributes = new AttributeTable(signingCertificateV2(seal.certificate()));
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator(essAttributes)
                            .getAttributes(parameters)
                            .remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(algorithm(key)).build(key), seal.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(seal.chain()));
            return generator.generate(new StreamedContent(content), false);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new KeyMaterialException("the seal " + seal.subject() + " cannot sign with " + algorithm(seal.privateKey()), e);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("building the CMS signature failed", e);
        }
    }

    /** B-T: the authority's token over the signature value, as the signature-time-stamp unsigned attribute. */
    static CMSSignedData withTimestamp(CMSSignedData signed, TimeStampToken token) {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        AttributeTable unsigned = signer.getUnsignedAttributes() == null
                ? new AttributeTable(new ASN1EncodableVector())
                : signer.getUnsignedAttributes();
        unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                token.toCMSSignedData().toASN1Structure());
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static byte[] signatureValue(CMSSignedData signed) {
        return signed.getSignerInfos().getSigners().iterator().next().getSignature();
    }

    private static ASN1EncodableVector signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        // ESSCertIDv2 without an algorithm identifier means SHA-256 (RFC 5035).
        ESSCertIDv2 id = new ESSCertIDv2(Digests.sha256().digest(certificate.getEncoded()), issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return attributes;
    }

    private static String algorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new KeyMaterialException("unsupported key type " + key.getAlgorithm()
                    + ": seals must be RSA or EC keys");
        };
    }

    /** The document's byte ranges as CMS content, streamed through the digest. */
    private record StreamedContent(InputStream in) implements CMSTypedData {
        @Override
        public org.bouncycastle.asn1.ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
