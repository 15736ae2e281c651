package org.bordereau.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.IssuedKey;
import org.bordereau.access.Role;
import org.bordereau.access.Tenants;
import org.bordereau.http.JsonBodies;
import org.bordereau.ingest.DocumentIntake;
import org.bordereau.ingest.DocumentRejectedException;
import org.bordereau.ingest.ExtractionPreview;
import org.bordereau.ingest.Extractor;
import org.bordereau.ingest.IngestLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.bordereau.sign.DevelopmentSeal;
import org.bordereau.sign.Seal;
import org.bordereau.sign.Verdict;
import org.bordereau.sign.VerificationReport;
import org.bordereau.sign.Verifier;

/** The command-line verbs. Each returns an exit status; none calls {@code System.exit}. */
final class Cli {
    static final String USAGE = """
            usage: java -jar bordereau.jar <command> [options]

              serve                                   run the HTTP API (settings from BORDEREAU_* variables)
              demo [--out DIR]                        walk the bundled sample case through the API; write its
                                                      completeness, statement, signed letter and dossier to DIR (./out)
              extract FILE                            print what ingestion reads from FILE (JSON), storing nothing
              verify FILE                             check the signatures of a PDF; prints a JSON report
                                                      (exit 0 valid, 1 altered, unsigned or not a PDF)
              keygen [--out FILE] [--name NAME]       write a self-signed development seal (PKCS#12,
                                                      password BORDEREAU_SIGNING_P12_PASSWORD or a new one
                                                      printed once) and print its SHA-256 fingerprint
              apikey create --tenant T --role R [--label L]
                                                      create an API key and print it once
                                                      (roles: ingest, agent, lawyer, admin)
              help                                    this text
            """;

    private Cli() {}

    static int serve(Config config, PrintStream out, PrintStream err) {
        App app = App.fromConfig(config);
        FirstRun.ensureKeys(app.store(), app.keys(), out);
        app.start();
        // Tika and the OCR check cost seconds cold: pay them now, not on the first user's upload.
        Thread warm = new Thread(app::warmUp, "warm-up");
        warm.setDaemon(true);
        warm.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        out.printf("bordereau: listening on http://%s:%d (storage %s, started in %d ms)%n",
                config.host(), app.port(), describe(config), uptime);
        return Main.OK;
    }

    static int apikey(Config config, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"create".equals(args[0])) {
            err.println("bordereau: expected 'apikey create --tenant T --role R'");
            return Main.USAGE;
        }
        Map<String, String> options = options(args, 1, err);
        if (options == null) {
            return Main.USAGE;
        }
        String tenant = options.get("tenant");
        Optional<Role> role = Role.parse(options.getOrDefault("role", ""));
        if (!Tenants.valid(tenant) || role.isEmpty()) {
            err.println("bordereau: --tenant must be " + Tenants.describe()
                    + "; --role must be one of ingest, agent, lawyer, admin");
            return Main.USAGE;
        }
        ApiKeys keys = new ApiKeys(Stores.open(config).store(), java.time.Clock.systemUTC());
        IssuedKey issued = keys.create(tenant, role.get(), options.get("label"));
        out.println(issued.secret());
        err.println("bordereau: created " + role.get().id() + " key " + issued.key().actor()
                + " for tenant " + tenant + "; it is shown only once");
        return Main.OK;
    }

    /** The same JSON as the API's document (kind, fields, metadata, warnings), without a server or a store. */
    static int extract(Config config, String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("bordereau: expected 'extract FILE'");
            return Main.USAGE;
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            err.println("bordereau: no such file: " + args[0]);
            return Main.USAGE;
        }
        DocumentIntake intake = DocumentIntake.previewOnly(new Extractor(),
                IngestLimits.defaults(config.maxUploadBytes()), App.tempDir(config));
        try {
            ExtractionPreview preview = intake.preview(file, file.getFileName().toString());
            out.println(JsonBodies.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(preview));
            return Main.OK;
        } catch (DocumentRejectedException e) {
            err.println("bordereau: refused (" + e.reason().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.detail());
            return Main.FAILED;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Verifies a PDF's signatures offline; the report is the same JSON as {@code POST /v1/verify}'s. */
    static int verify(Config config, String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("bordereau: expected 'verify FILE'");
            return Main.USAGE;
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            err.println("bordereau: no such file: " + args[0]);
            return Main.USAGE;
        }
        VerificationReport report = new Verifier(App.tempDir(config)).verify(file);
        try {
            out.println(JsonBodies.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return report.verdict() == Verdict.VALID ? Main.OK : Main.FAILED;
    }

    /** A development/test seal; never overwrites a file. Real seals come from a qualified provider. */
    static int keygen(Config config, String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args, 0, err);
        if (options == null || !Set.of("out", "name").containsAll(options.keySet())) {
            err.println("bordereau: expected 'keygen [--out FILE] [--name NAME]'");
            return Main.USAGE;
        }
        Path file = Path.of(options.getOrDefault("out", "bordereau-seal.p12"));
        String configured = config.signing().p12Password();
        boolean generated = configured == null || configured.isEmpty();
        String password = generated ? newPassword() : configured;
        byte[] pkcs12 = DevelopmentSeal.generate(options.getOrDefault("name", "Bordereau development seal"),
                password.toCharArray(), java.time.Clock.systemUTC());
        try {
            Files.write(file, pkcs12, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println("bordereau: " + file + " exists; keygen never overwrites a key");
            return Main.USAGE;
        } catch (java.io.IOException e) {
            err.println("bordereau: cannot write " + file + ": " + e.getMessage());
            return Main.FAILED;
        }
        Seal seal = Seal.fromPkcs12(pkcs12, password.toCharArray(), file.toString());
        out.println(seal.fingerprint());
        err.println("bordereau: wrote " + file + " (" + seal.subject() + ")");
        if (generated) {
            err.println("bordereau: its password, shown only once: " + password);
        }
        return Main.OK;
    }

    private static String newPassword() {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** {@code --name value} pairs; null (after printing why) on anything else. */
    private static Map<String, String> options(String[] args, int from, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("bordereau: expected '--option value', got '" + args[i] + "'");
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String describe(Config config) {
        return config.storage() == Config.Storage.FS
                ? "fs " + config.dataDir().toAbsolutePath().normalize()
                : "s3 " + config.s3().endpoint() + "/" + config.s3().bucket();
    }
}
