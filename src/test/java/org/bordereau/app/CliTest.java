package org.bordereau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.Role;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, Map.of("BORDEREAU_DATA", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void apikeyCreatePrintsAKeyThatWorksAndIsStoredOnlyAsAHash() throws Exception {
        assertThat(run("apikey", "create", "--tenant", "acme", "--role", "lawyer")).isZero();
        String secret = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(secret).startsWith("bdx_");

        FileBlobStore store = new FileBlobStore(data);
        var principal = new ApiKeys(store, Clock.systemUTC()).authenticate(secret).orElseThrow();
        assertThat(principal.tenant()).isEqualTo("acme");
        assertThat(principal.role()).isEqualTo(Role.LAWYER);
        try (var files = java.nio.file.Files.walk(data)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(java.nio.file.Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            }
        }
    }

    @Test
    void badArgumentsAreRefusedWithUsage() {
        assertThat(run("apikey", "create", "--tenant", "ACME!", "--role", "boss")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--tenant").contains("--role");
        assertThat(run("frobnicate")).isEqualTo(Main.USAGE);
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve").contains("apikey create");
    }

    @Test
    void aBadConfigurationStopsWithOneLinePerVariable() {
        int status = Main.run(new String[] {"serve"}, Map.of("BORDEREAU_PORT", "x", "BORDEREAU_STORAGE", "tape"),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactlyInAnyOrder(
                        "bordereau: configuration error: BORDEREAU_PORT='x' is not a whole number between 0 and 65535",
                        "bordereau: configuration error: BORDEREAU_STORAGE='tape' must be one of fs, s3");
    }

    @Test
    void theFirstStartCreatesDemoKeysOnceOnly() {
        FileBlobStore store = new FileBlobStore(data);
        ApiKeys keys = new ApiKeys(store, Clock.systemUTC());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        FirstRun.ensureKeys(store, keys, new PrintStream(first, true, StandardCharsets.UTF_8));
        assertThat(first.toString(StandardCharsets.UTF_8)).contains("agent  key: bdx_").contains("lawyer key: bdx_");
        assertThat(keys.list("demo")).extracting(k -> k.role()).containsExactlyInAnyOrder(Role.AGENT, Role.LAWYER);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        FirstRun.ensureKeys(store, new ApiKeys(store, Clock.systemUTC()), new PrintStream(second));
        assertThat(second.size()).isZero();
    }
}
