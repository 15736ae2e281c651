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
}
