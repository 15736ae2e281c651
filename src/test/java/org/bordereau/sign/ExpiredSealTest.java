package org.bordereau.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a seal whose certificate had expired sealed letters without complaint, and every one
 * would read as invalid in Acrobat or EU DSS. Sealing now refuses, naming the dates and what to do.
 */
class ExpiredSealTest {
    @TempDir
    Path dir;

    @Test
    void aSealOutsideItsCertificatesValiditySealsNothing() throws Exception {
        Seal seal = new TestPki().seal("Acme SAS").seal();
        Path letter = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        Clock later = Clock.fixed(seal.certificate().getNotAfter().toInstant().plusSeconds(86_400), ZoneOffset.UTC);
        Clock earlier = Clock.fixed(seal.certificate().getNotBefore().toInstant().minusSeconds(86_400), ZoneOffset.UTC);

        for (Clock clock : new Clock[] {later, earlier}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> new PadesSigner(clock, dir).sign(letter, out, SealRequest.of(seal)))
                    .hasMessageContaining("renew the signing key")
                    .hasMessageContaining(seal.certificate().getNotAfter().toInstant().toString());
            assertThat(out.size()).as("nothing written").isZero();
        }
        new PadesSigner(Clock.fixed(Instant.now(), ZoneOffset.UTC), dir).sign(letter, new ByteArrayOutputStream(),
                SealRequest.of(seal));
    }
}
