package org.bordereau.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The key that seals documents and its certificate chain (signer first), loaded from PKCS#12.
 * Immutable and safe to share between threads; {@link #toString()} never shows the key.
 */
public final class Seal {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String source;

    private Seal(PrivateKey key, List<X509Certificate> chain, String source) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.source = source;
    }

    /** Loads a PKCS#12 file; {@code source} names it in errors (a path or a storage key, never a password). */
    public static Seal fromPkcs12(Path file, char[] password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyMaterialException("cannot read the PKCS#12 file " + file, e);
        }
        return fromPkcs12(bytes, password, file.toString());
    }

    public static Seal fromPkcs12(byte[] pkcs12, char[] password, String source) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot open " + source
                    + ": not a PKCS#12 file, damaged, or protected by another password", e);
        }
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            // Which key seals a tenant's letters must never be a guess.
            if (aliases.size() != 1) {
                throw new KeyMaterialException(source + " holds " + aliases.size()
                        + " private keys; a seal file must hold exactly one");
            }
            String alias = aliases.get(0);
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw new KeyMaterialException(source + ": the entry '" + alias + "' is not a private key");
            }
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] certificates = store.getCertificateChain(alias);
            for (Certificate certificate : certificates == null ? new Certificate[0] : certificates) {
                chain.add((X509Certificate) certificate);
            }
            if (chain.isEmpty()) {
                throw new KeyMaterialException(source + ": the private key has no certificate");
            }
            return new Seal(key, chain, source);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read the private key of " + source
                    + " (its key password must equal the file password)", e);
        }
    }

    PrivateKey privateKey() {
        return key;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Signer first, then its issuers as far as the file has them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The signer's distinguished name (RFC 2253). */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /** True for the self-signed development seal: documents sealed with it prove nothing to a court. */
    public boolean isDevelopment() {
        return DevelopmentSeal.isDevelopment(certificate());
    }

    /** SHA-256 of the certificate, lowercase hex: what {@code keygen} prints and reports quote. */
    public String fingerprint() {
        try {
            return Digests.sha256Hex(certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new KeyMaterialException(source + ": the certificate cannot be encoded", e);
        }
    }

    /** Where the key came from (for logs). */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "Seal[" + subject() + ", from " + source + "]";
    }
}
