package org.bordereau.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void defaultsRunOnTheLocalFilesystem() {
        Config config = Config.fromEnv(Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.storage()).isEqualTo(Config.Storage.FS);
        assertThat(config.dataDir().toString()).isEqualTo("./data");
        assertThat(config.maxUploadBytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(config.publicUrl().toString()).isEqualTo("http://localhost:8080");
        assertThat(config.conversions()).isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void anOperatorSetsHowManyExhibitsConvertAtOnce() {
        assertThat(Config.fromEnv(Map.of("BORDEREAU_CONVERSIONS", "1")).conversions()).isEqualTo(1);
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BORDEREAU_CONVERSIONS", "0")))
                .hasMessageStartingWith("BORDEREAU_CONVERSIONS=");
    }

    @Test
    void everyBadVariableIsNamedAtOnce() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of(
                "BORDEREAU_PORT", "80800",
                "BORDEREAU_STORAGE", "s3",
                "BORDEREAU_S3_ENDPOINT", "minio:9000",
                "BORDEREAU_MAX_UPLOAD_MB", "lots")))
                .isInstanceOfSatisfying(Config.Invalid.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_PORT="))
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_S3_ENDPOINT="))
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_MAX_UPLOAD_MB="))
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_S3_BUCKET"))
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_S3_ACCESS_KEY"))
                        .anySatisfy(p -> assertThat(p).startsWith("BORDEREAU_S3_SECRET_KEY"))
                        .hasSize(6));
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BORDEREAU_STORAGE", "ftp")))
                .hasMessage("BORDEREAU_STORAGE='ftp' must be one of fs, s3");
    }

    @Test
    void tenantTemplatesComeFromAnExistingDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThat(Config.fromEnv(Map.of()).templatesDir()).isNull();
        assertThat(Config.fromEnv(Map.of("BORDEREAU_TEMPLATES", dir.toString())).templatesDir()).isEqualTo(dir);
        assertThatThrownBy(() -> Config.fromEnv(Map.of("BORDEREAU_TEMPLATES", dir.resolve("missing").toString())))
                .hasMessage("BORDEREAU_TEMPLATES='" + dir.resolve("missing") + "' is not an existing directory");
    }

    @Test
    void theS3SecretIsNeverPrinted() {
        Config config = Config.fromEnv(Map.of("BORDEREAU_STORAGE", "s3", "BORDEREAU_S3_ENDPOINT", "http://minio:9000",
                "BORDEREAU_S3_BUCKET", "b", "BORDEREAU_S3_ACCESS_KEY", "ak", "BORDEREAU_S3_SECRET_KEY", "very-secret"));
        assertThat(config.toString()).doesNotContain("very-secret");
        assertThat(config.s3().publicEndpoint()).isEqualTo("http://minio:9000");
    }

    @Test
    void signingDefaultsToTheDevelopmentSealWithoutATimestamp() {
        Config.Signing signing = Config.fromEnv(Map.of()).signing();
        assertThat(signing.p12()).isNull();
        assertThat(signing.tenantDir()).isNull();
        assertThat(signing.tsaUrl()).isNull();
        assertThat(signing.onTsaFailure()).isEqualTo(org.bordereau.sign.OnTimestampFailure.FAIL);
        assertThat(signing.tsaTimeout()).hasSeconds(10);
    }

    @Test
    void signingVariablesAreCheckedTogetherAndPasswordsNeverPrinted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path p12 = java.nio.file.Files.write(dir.resolve("seal.p12"), new byte[] {1});
        Config config = Config.fromEnv(Map.of("BORDEREAU_SIGNING_P12", p12.toString(),
                "BORDEREAU_SIGNING_P12_PASSWORD", "pkcs12-secret",
                "BORDEREAU_SIGNING_DIR", dir.toString(), "BORDEREAU_SIGNING_DIR_PASSWORD", "dir-secret",
                "BORDEREAU_TSA_URL", "https://tsa.example/tsr", "BORDEREAU_TSA_ON_FAILURE", "downgrade"));
        assertThat(config.signing().onTsaFailure()).isEqualTo(org.bordereau.sign.OnTimestampFailure.DOWNGRADE);
        assertThat(config.signing().tsaUrl()).hasToString("https://tsa.example/tsr");
        assertThat(config.toString()).doesNotContain("pkcs12-secret").doesNotContain("dir-secret");

        assertThatThrownBy(() -> Config.fromEnv(Map.of(
                "BORDEREAU_SIGNING_P12", dir.resolve("missing.p12").toString(),
                "BORDEREAU_SIGNING_DIR", p12.toString(),
                "BORDEREAU_SIGNING_DIR_PASSWORD", "x",
                "BORDEREAU_TSA_URL", "tsa.example",
                "BORDEREAU_TSA_ON_FAILURE", "ignore",
                "BORDEREAU_TSA_TIMEOUT_MS", "5")))
                .isInstanceOfSatisfying(Config.Invalid.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "BORDEREAU_SIGNING_P12='" + dir.resolve("missing.p12") + "' is not a readable file",
                        "BORDEREAU_SIGNING_P12_PASSWORD is required when BORDEREAU_SIGNING_P12 is set",
                        "BORDEREAU_SIGNING_DIR='" + p12 + "' is not a readable folder",
                        "BORDEREAU_TSA_URL='tsa.example' must be an http:// or https:// URL with a host",
                        "BORDEREAU_TSA_ON_FAILURE='ignore' must be one of fail, downgrade",
                        "BORDEREAU_TSA_TIMEOUT_MS='5' is not a whole number between 100 and 120000"));
    }
}
