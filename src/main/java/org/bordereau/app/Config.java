package org.bordereau.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bordereau.dossier.ConverterSettings;
import org.bordereau.sign.OnTimestampFailure;

/**
 * Every setting of the service, read once from the environment and validated as a whole: a bad
 * configuration stops start-up with one line per wrong variable (STYLE.md §5-6).
 * {@code System.getenv} is read nowhere else.
 *
 * <p>{@code templatesDir} ({@code BORDEREAU_TEMPLATES}, optional): tenants' template overrides,
 * {@code {dir}/{tenant}/{lang}/{name}.ftl}, looked up before the bundled templates; null when unset.
 */
public record Config(
        String host,
        int port,
        Storage storage,
        Path dataDir,
        S3 s3,
        URI publicUrl,
        long maxUploadBytes,
        Path tempDir,
        Path templatesDir,
        int conversions,
        Signing signing) {

    public enum Storage { FS, S3 }

    /** The same settings listening elsewhere (the demo serves on a random loopback port). */
    public Config withAddress(String newHost, int newPort) {
        return new Config(newHost, newPort, storage, dataDir, s3, publicUrl, maxUploadBytes, tempDir, templatesDir,
                conversions, signing);
    }

    /** S3 settings; {@code publicEndpoint} is what users' browsers reach (presigned URLs). */
    public record S3(String endpoint, String publicEndpoint, String region, String bucket,
                     String accessKey, String secretKey) {
        @Override
        public String toString() { // never print the secret
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
        }
    }

    /**
     * Sealing (DESIGN.md §6, DESIGN-NOTES "Signing"): the global PKCS#12, the folder of per-tenant
     * {@code {tenant}.p12} files sharing one password, and the RFC 3161 authority. Null paths and URL
     * mean "not configured". Passwords never appear in {@link #toString()}.
     */
    public record Signing(Path p12, String p12Password, Path tenantDir, String tenantDirPassword,
                          URI tsaUrl, OnTimestampFailure onTsaFailure, Duration tsaTimeout) {
        @Override
        public String toString() {
            return "Signing[p12=" + p12 + ", tenantDir=" + tenantDir + ", tsaUrl=" + tsaUrl
                    + ", onTsaFailure=" + onTsaFailure + ", tsaTimeout=" + tsaTimeout + "]";
        }
    }

    /** One line per problem, each naming its variable. */
    public static final class Invalid extends RuntimeException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static Config fromEnv(Map<String, String> env) {
        Reader r = new Reader(env);
        String host = r.text("BORDEREAU_HOST", "0.0.0.0");
        int port = r.integer("BORDEREAU_PORT", 8080, 0, 65535);
        Storage storage = r.choice("BORDEREAU_STORAGE", "fs", Storage.class);
        Path data = r.path("BORDEREAU_DATA", "./data");
        long maxUpload = r.integer("BORDEREAU_MAX_UPLOAD_MB", 100, 1, 1_000_000) * 1024L * 1024L;
        S3 s3 = null;
        if (storage == Storage.S3) {
            String endpoint = r.url("BORDEREAU_S3_ENDPOINT", null);
            s3 = new S3(endpoint,
                    Optional.ofNullable(r.url("BORDEREAU_S3_PUBLIC_ENDPOINT", "")).filter(s -> !s.isEmpty()).orElse(endpoint),
                    r.text("BORDEREAU_S3_REGION", "us-east-1"),
                    r.required("BORDEREAU_S3_BUCKET"),
                    r.required("BORDEREAU_S3_ACCESS_KEY"),
                    r.required("BORDEREAU_S3_SECRET_KEY"));
        }
        String publicUrl = r.url("BORDEREAU_PUBLIC_URL", "http://localhost:" + port);
        Path temp = r.path("BORDEREAU_TMP", Path.of(System.getProperty("java.io.tmpdir"), "bordereau").toString());
        Path templates = r.directory("BORDEREAU_TEMPLATES");
        // each LibreOffice takes a core and 150-300 MB outside the heap: hence a bound
        int conversions = r.integer("BORDEREAU_CONVERSIONS", ConverterSettings.defaults().parallelism(), 1, 16);
        Signing signing = signing(r);
        if (!r.problems.isEmpty()) {
            throw new Invalid(r.problems);
        }
        return new Config(host, port, storage, data, s3, URI.create(publicUrl.replaceAll("/+$", "")), maxUpload, temp,
                templates, conversions, signing);
    }

    private static Signing signing(Reader r) {
        Path p12 = r.keyFile("BORDEREAU_SIGNING_P12", false);
        String p12Password = r.secretFor("BORDEREAU_SIGNING_P12_PASSWORD", "BORDEREAU_SIGNING_P12", p12);
        Path dir = r.keyFile("BORDEREAU_SIGNING_DIR", true);
        String dirPassword = r.secretFor("BORDEREAU_SIGNING_DIR_PASSWORD", "BORDEREAU_SIGNING_DIR", dir);
        String tsa = r.url("BORDEREAU_TSA_URL", "");
        OnTimestampFailure onFailure = r.choice("BORDEREAU_TSA_ON_FAILURE", "fail", OnTimestampFailure.class);
        Duration timeout = Duration.ofMillis(r.integer("BORDEREAU_TSA_TIMEOUT_MS", 10_000, 100, 120_000));
        URI tsaUrl = null;
        try {
            tsaUrl = tsa == null || tsa.isEmpty() ? null : URI.create(tsa);
        } catch (IllegalArgumentException e) {
            // already reported by url()
        }
        return new Signing(p12, p12Password, dir, dirPassword, tsaUrl, onFailure, timeout);
    }

    /** Reads variables, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        String required(String name) {
            String value = text(name, null);
            if (value == null) {
                problems.add(name + " is required when BORDEREAU_STORAGE=s3");
            }
            return value;
        }

        int integer(String name, int fallback, int min, int max) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            problems.add(name + "='" + value + "' is not a whole number between " + min + " and " + max);
            return fallback;
        }

        <E extends Enum<E>> E choice(String name, String fallback, Class<E> type) {
            String value = text(name, fallback);
            for (E option : type.getEnumConstants()) {
                if (option.name().equalsIgnoreCase(value)) {
                    return option;
                }
            }
            List<String> names = new ArrayList<>();
            for (E option : type.getEnumConstants()) {
                names.add(option.name().toLowerCase(java.util.Locale.ROOT));
            }
            problems.add(name + "='" + value + "' must be one of " + String.join(", ", names));
            return Enum.valueOf(type, fallback.toUpperCase(java.util.Locale.ROOT));
        }

        /** An optional readable file (or folder); null when unset. */
        Path keyFile(String name, boolean folder) {
            String value = text(name, null);
            if (value == null) {
                return null;
            }
            Path path = path(name, value);
            if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path) || !Files.isReadable(path)) {
                problems.add(name + "='" + value + "' is not a readable " + (folder ? "folder" : "file"));
            }
            return path;
        }

        /** The password of a key file: required with it, meaningless without it. Never echoed. */
        String secretFor(String name, String fileVariable, Path file) {
            String value = env.get(name);
            if (file != null && (value == null || value.isEmpty())) {
                problems.add(name + " is required when " + fileVariable + " is set");
            } else if (file == null && value != null && !value.isEmpty()) {
                problems.add(name + " is set but " + fileVariable + " is not");
            }
            return value;
        }

        Path path(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return Path.of(value);
            } catch (RuntimeException e) {
                problems.add(name + "='" + value + "' is not a valid path");
                return Path.of(fallback);
            }
        }

        /** An existing directory, or null when the variable is not set. */
        Path directory(String name) {
            String value = text(name, null);
            if (value == null) {
                return null;
            }
            try {
                Path dir = Path.of(value);
                if (java.nio.file.Files.isDirectory(dir)) {
                    return dir;
                }
            } catch (RuntimeException e) {
                // reported below
            }
            problems.add(name + "='" + value + "' is not an existing directory");
            return null;
        }

        /** An http(s) URL; {@code fallback} null means required. */
        String url(String name, String fallback) {
            String value = text(name, fallback);
            if (value == null) {
                problems.add(name + " is required when BORDEREAU_STORAGE=s3");
                return null;
            }
            if (value.isEmpty()) {
                return value;
            }
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return value;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problems.add(name + "='" + value + "' must be an http:// or https:// URL with a host");
            return value;
        }
    }
}
