package org.bordereau.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bordereau.sign.DevelopmentSeal;
import org.bordereau.sign.KeyMaterialException;
import org.bordereau.sign.PadesSigner;
import org.bordereau.sign.Seal;
import org.bordereau.sign.SigningKeys;
import org.bordereau.sign.TimestampClient;
import org.bordereau.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sealing as the configuration describes it (DESIGN.md §6): per-tenant and global PKCS#12 files,
 * else one development seal kept in the store so that every instance seals with the same key.
 */
public final class Seals {
    /** The development seal's PKCS#12, written once by whichever instance needs it first. */
    static final String DEVELOPMENT_SEAL = "sys/signing/development-seal.p12";

    private static final Logger LOG = LoggerFactory.getLogger(Seals.class);

    private Seals() {}

    /**
     * Opens every configured seal now: a wrong password or a damaged file stops start-up
     * ({@link KeyMaterialException} listing each problem) instead of failing the first letter.
     */
    public static SigningKeys open(Config config, BlobStore store) {
        Config.Signing signing = config.signing();
        Optional<Seal> global = Optional.ofNullable(signing.p12())
                .map(file -> Seal.fromPkcs12(file, signing.p12Password().toCharArray()));
        SigningKeys keys = new SigningKeys(Optional.ofNullable(signing.tenantDir()),
                signing.tenantDirPassword() == null ? null : signing.tenantDirPassword().toCharArray(),
                global, () -> development(store, Clock.systemUTC()));
        List<String> problems = keys.check();
        if (!problems.isEmpty()) {
            throw new KeyMaterialException(String.join("\n", problems));
        }
        global.ifPresent(seal -> LOG.info("global seal: {} (sha256 {})", seal.subject(), seal.fingerprint()));
        return keys;
    }

    /** B-T when BORDEREAU_TSA_URL is set, with its failure policy; B-B otherwise. */
    public static PadesSigner signer(Config config, Path tempDir) {
        Config.Signing signing = config.signing();
        Optional<TimestampClient> tsa = Optional.ofNullable(signing.tsaUrl())
                .map(url -> new TimestampClient(url, signing.tsaTimeout()));
        return new PadesSigner(tsa, signing.onTsaFailure(), Clock.systemUTC(), tempDir);
    }

    /** Generated once per store ({@code putIfAbsent}), then read back: a racing instance's key wins. */
    static Seal development(BlobStore store, Clock clock) {
        char[] password = DevelopmentSeal.STORE_PASSWORD.toCharArray();
        boolean created = store.head(DEVELOPMENT_SEAL).isEmpty() && store.putIfAbsent(DEVELOPMENT_SEAL,
                DevelopmentSeal.generate("Bordereau development seal", password, clock), "application/x-pkcs12");
        Seal seal = Seal.fromPkcs12(store.getBytes(DEVELOPMENT_SEAL), password, DEVELOPMENT_SEAL);
        LOG.warn("no signing key configured (BORDEREAU_SIGNING_P12 / BORDEREAU_SIGNING_DIR): documents are sealed"
                + " with the {} development seal {}; they prove nothing to a court", created ? "new" : "stored",
                seal.fingerprint());
        return seal;
    }
}
