package org.bordereau.sign;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away certificate authority for tests: seal certificates and a timestamping certificate. */
final class TestPki {
    record Issued(PrivateKey key, List<X509Certificate> chain) {
        X509Certificate certificate() {
            return chain.get(0);
        }

        byte[] pkcs12(String password) throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", key, password.toCharArray(), chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        }

        Path pkcs12(Path file, String password) throws Exception {
            return Files.write(file, pkcs12(password));
        }

        Seal seal() throws Exception {
            return Seal.fromPkcs12(pkcs12("test"), "test".toCharArray(), "test");
        }
    }

    private final KeyPair caKeys = ec();
    private final X509Certificate ca;

    TestPki() throws Exception {
        X500Name name = new X500Name("O=Tests, CN=Bordereau Test CA");
        ca = certificate(name, caKeys.getPublic(), name, caKeys.getPrivate(), true, null);
    }

    X509Certificate ca() {
        return ca;
    }

    Issued seal(String commonName) throws Exception {
        return issue("O=Tests, CN=" + commonName, ec(), null);
    }

    Issued rsaSeal(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return issue("O=Tests, CN=" + commonName, generator.generateKeyPair(), null);
    }

    /** RFC 3161 §2.3: the timestamping key usage, critical. */
    Issued timestampAuthority() throws Exception {
        return issue("O=Tests, CN=Bordereau Test TSA", ec(), new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    private Issued issue(String subject, KeyPair keys, ExtendedKeyUsage usage) throws Exception {
        X509Certificate certificate = certificate(new X500Name(subject), keys.getPublic(),
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKeys.getPrivate(), false, usage);
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate, ca));
        return new Issued(keys.getPrivate(), chain);
    }

    private static X509Certificate certificate(X500Name subject, java.security.PublicKey key, X500Name issuer,
                                               PrivateKey issuerKey, boolean ca, ExtendedKeyUsage usage) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (usage != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, usage);
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
