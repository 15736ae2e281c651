package org.bordereau.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.bordereau.sign.DevelopmentSeal;
import org.bordereau.sign.KeyMaterialException;
import org.bordereau.sign.SigningKeys;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seals the configuration names; without any, one development seal shared through the store. */
class SealsTest {
    @TempDir
    Path dir;

    @Test
    void withoutKeysEveryInstanceSealsWithTheSameStoredDevelopmentSeal() {
        FileBlobStore store = new FileBlobStore(dir.resolve("data"));
        Config config = Config.fromEnv(Map.of());

        SigningKeys first = Seals.open(config, store);
        SigningKeys second = Seals.open(config, new FileBlobStore(dir.resolve("data")));

        assertThat(first.forTenant("acme").isDevelopment()).isTrue();
        assertThat(second.forTenant("beta").fingerprint()).isEqualTo(first.forTenant("acme").fingerprint());
        assertThat(store.head(Seals.DEVELOPMENT_SEAL)).isPresent();
    }

    @Test
    void configuredFilesAreUsedAndABadOneStopsStartUp() throws Exception {
        Path global = dir.resolve("global.p12");
        Files.write(global, DevelopmentSeal.generate("Global seal", "global-pw".toCharArray(), Clock.systemUTC()));
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.write(tenants.resolve("acme.p12"), DevelopmentSeal.generate("Acme seal", "tenant-pw".toCharArray(),
                Clock.systemUTC()));
        FileBlobStore store = new FileBlobStore(dir.resolve("data"));

        SigningKeys keys = Seals.open(Config.fromEnv(Map.of(
                "BORDEREAU_SIGNING_P12", global.toString(), "BORDEREAU_SIGNING_P12_PASSWORD", "global-pw",
                "BORDEREAU_SIGNING_DIR", tenants.toString(), "BORDEREAU_SIGNING_DIR_PASSWORD", "tenant-pw")), store);

        assertThat(keys.forTenant("acme").subject()).contains("CN=Acme seal");
        assertThat(keys.forTenant("beta").subject()).contains("CN=Global seal");
        assertThat(store.head(Seals.DEVELOPMENT_SEAL)).isEmpty();
        assertThatThrownBy(() -> Seals.open(Config.fromEnv(Map.of(
                "BORDEREAU_SIGNING_DIR", tenants.toString(), "BORDEREAU_SIGNING_DIR_PASSWORD", "wrong-pw")), store))
                .isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining("acme.p12")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-pw"));
    }
}
