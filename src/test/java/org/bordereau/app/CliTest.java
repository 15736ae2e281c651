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

    @Test
    void verifyPrintsAReportAndExitsByVerdict() throws Exception {
        Path pdf = data.resolve("letter.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        Path sealed = data.resolve("sealed.pdf");
        try (var sealedOut = java.nio.file.Files.newOutputStream(sealed)) {
            new org.bordereau.sign.PadesSigner(Clock.systemUTC(), data).sign(pdf, sealedOut,
                    org.bordereau.sign.SealRequest.of(Seals.development(new FileBlobStore(data), Clock.systemUTC())));
        }

        assertThat(run("verify", sealed.toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"verdict\" : \"VALID\"").contains("\"level\" : \"B_B\"")
                .contains("\"development\" : true").contains("\"sha256\" : \"");

        byte[] bytes = java.nio.file.Files.readAllBytes(sealed);
        bytes[bytes.length / 3] ^= 1;
        Path altered = java.nio.file.Files.write(data.resolve("altered.pdf"), bytes);
        out.reset();
        assertThat(run("verify", altered.toString())).isEqualTo(Main.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"verdict\" : \"ALTERED\"");
        assertThat(run("verify", data.resolve("nothing-here.pdf").toString())).isEqualTo(Main.USAGE);
        assertThat(run("verify")).isEqualTo(Main.USAGE);
    }

    @Test
    void keygenWritesADevelopmentSealOnceAndPrintsItsFingerprint() {
        Path file = data.resolve("seal.p12");
        assertThat(run("keygen", "--out", file.toString(), "--name", "Acme test seal")).isZero();
        String fingerprint = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        String password = err.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("shown only once: ")).findFirst().orElseThrow()
                .replaceAll(".*shown only once: ", "");

        org.bordereau.sign.Seal seal = org.bordereau.sign.Seal.fromPkcs12(file, password.toCharArray());
        assertThat(seal.fingerprint()).isEqualTo(fingerprint);
        assertThat(seal.isDevelopment()).isTrue();
        assertThat(seal.subject()).contains("CN=Acme test seal");
        assertThat(run("keygen", "--out", file.toString())).as("never overwrites").isEqualTo(Main.USAGE);
        assertThat(run("keygen", "--colour", "red")).isEqualTo(Main.USAGE);
    }
}
