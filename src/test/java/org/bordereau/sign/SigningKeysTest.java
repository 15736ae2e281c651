package org.bordereau.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tenant's own seal signs its documents; others get the global seal, else the development seal. */
class SigningKeysTest {
    private static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void ca() throws Exception {
        pki = new TestPki();
    }

    private static Supplier<Seal> countingDevelopment(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return Seal.fromPkcs12(DevelopmentSeal.generate("Dev", "pw".toCharArray(), Clock.systemUTC()),
                    "pw".toCharArray(), "dev");
        };
    }

    @Test
    void aTenantFileWinsThenTheGlobalSeal() throws Exception {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        pki.seal("Acme SAS").pkcs12(tenants.resolve("acme.p12"), "tenant-pass");
        Seal global = pki.seal("Bordereau Global").seal();
        AtomicInteger developmentCalls = new AtomicInteger();
        SigningKeys keys = new SigningKeys(Optional.of(tenants), "tenant-pass".toCharArray(), Optional.of(global),
                countingDevelopment(developmentCalls));

        assertThat(keys.forTenant("acme").subject()).contains("CN=Acme SAS");
        assertThat(keys.forTenant("beta").subject()).contains("CN=Bordereau Global");
        assertThat(keys.check()).isEmpty();
        assertThat(developmentCalls).hasValue(0);

        // a tenant file added while running is used from then on
        pki.seal("Beta SARL").pkcs12(tenants.resolve("beta.p12"), "tenant-pass");
        assertThat(keys.forTenant("beta").subject()).contains("CN=Beta SARL");

        Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        SealResult result = new PadesSigner(Clock.systemUTC(), dir)
                .sign(input, new ByteArrayOutputStream(), SealRequest.of(keys.forTenant("acme")));
        assertThat(result.signer()).contains("CN=Acme SAS");
        assertThat(result.development()).isFalse();
    }

    /** Found in review: an expired seal loaded and sealed letters a court's tools would call invalid. */
    @Test
    void anExpiredSealStopsStartUpNamingItsFileAndDates() throws Exception {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        pki.seal("Acme SAS").pkcs12(tenants.resolve("acme.p12"), "tenant-pass");
        Seal global = pki.seal("Bordereau Global").seal();
        SigningKeys keys = new SigningKeys(Optional.of(tenants), "tenant-pass".toCharArray(), Optional.of(global),
                countingDevelopment(new AtomicInteger()));
        Instant afterBoth = global.certificate().getNotAfter().toInstant().plusSeconds(86_400);

        assertThat(keys.check()).isEmpty();
        assertThat(keys.check(afterBoth)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("BORDEREAU_SIGNING_P12", "renew"))
                .anySatisfy(p -> assertThat(p).contains("acme.p12", "renew"));
    }

    @Test
    void withoutAnyFileTheDevelopmentSealIsMadeOnceForEveryTenant() {
        AtomicInteger calls = new AtomicInteger();
        SigningKeys keys = SigningKeys.developmentOnly(countingDevelopment(calls));

        Seal first = keys.forTenant("acme");
        Seal second = keys.forTenant("beta");

        assertThat(first.isDevelopment()).isTrue();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(calls).hasValue(1);
    }

    @Test
    void badSealFilesAreNamedWithoutTheirPassword() throws Exception {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        pki.seal("Acme SAS").pkcs12(tenants.resolve("acme.p12"), "another-secret");
        Files.writeString(tenants.resolve("junk.p12"), "not a key store");
        Files.write(tenants.resolve("Bad_Name.p12"), pki.seal("X").pkcs12("s3cret-pass"));
        SigningKeys keys = new SigningKeys(Optional.of(tenants), "s3cret-pass".toCharArray(), Optional.empty(),
                () -> {
                    throw new AssertionError("not needed");
                });

        assertThat(keys.check()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("acme.p12").contains("another password"))
                .anySatisfy(p -> assertThat(p).contains("junk.p12"))
                .anySatisfy(p -> assertThat(p).contains("Bad_Name.p12").contains("{tenant}.p12"))
                .allSatisfy(p -> assertThat(p).doesNotContain("s3cret-pass").doesNotContain("another-secret"));
        assertThatThrownBy(() -> keys.forTenant("acme")).isInstanceOf(KeyMaterialException.class);
        assertThatThrownBy(() -> keys.forTenant("../acme")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileWithTwoKeysIsRefusedRatherThanGuessed() throws Exception {
        TestPki.Issued one = pki.seal("One");
        TestPki.Issued two = pki.seal("Two");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("one", one.key(), "pw".toCharArray(), one.chain().toArray(new Certificate[0]));
        store.setKeyEntry("two", two.key(), "pw".toCharArray(), two.chain().toArray(new Certificate[0]));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, "pw".toCharArray());

        assertThatThrownBy(() -> Seal.fromPkcs12(bytes.toByteArray(), "pw".toCharArray(), "two.p12"))
                .isInstanceOf(KeyMaterialException.class)
                .hasMessage("two.p12 holds 2 private keys; a seal file must hold exactly one");
    }
}
