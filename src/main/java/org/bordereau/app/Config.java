package org.bordereau.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Path templatesDir) {

    public enum Storage { FS, S3 }

    /** The same settings listening elsewhere (the demo serves on a random loopback port). */
    public Config withAddress(String newHost, int newPort) {
        return new Config(newHost, newPort, storage, dataDir, s3, publicUrl, maxUploadBytes, tempDir, templatesDir);
    }

    /** S3 settings; {@code publicEndpoint} is what users' browsers reach (presigned URLs). */
    public record S3(String endpoint, String publicEndpoint, String region, String bucket,
                     String accessKey, String secretKey) {
        @Override
        public String toString() { // never print the secret
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
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
        if (!r.problems.isEmpty()) {
            throw new Invalid(r.problems);
        }
        return new Config(host, port, storage, data, s3, URI.create(publicUrl.replaceAll("/+$", "")), maxUpload, temp,
                templates);
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
