package org.bordereau.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.letters.Sealer;
import org.bordereau.sign.PadesSigner;
import org.bordereau.sign.SealRequest;
import org.bordereau.sign.SealResult;
import org.bordereau.sign.SigningKeys;

/** The letters' and dossiers' sealer, over {@code sign}: the tenant's seal, B-T when a TSA is configured. */
final class Sealing implements Sealer {
    private final SigningKeys keys;
    private final PadesSigner signer;

    Sealing(SigningKeys keys, PadesSigner signer) {
        this.keys = keys;
        this.signer = signer;
    }

    @Override
    public Sealed seal(String tenant, Path in, Path out) throws IOException {
        SealResult result;
        try (OutputStream sink = Files.newOutputStream(out)) {
            result = signer.sign(in, sink, SealRequest.of(keys.forTenant(tenant)));
        }
        return sealed(result);
    }

    @Override
    public Sealed seal(String tenant, byte[] pdf, OutputStream out) {
        return sealed(signer.sign(pdf, out, SealRequest.of(keys.forTenant(tenant))));
    }

    private static Sealed sealed(SealResult result) {
        return new Sealed(result.level().label(), result.development(), result.downgradeReason());
    }

    @Override
    public boolean isDevelopment(String tenant) {
        return keys.forTenant(tenant).isDevelopment();
    }
}
