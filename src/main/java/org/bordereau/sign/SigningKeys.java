package org.bordereau.sign;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which seal signs a tenant's documents: {@code {dir}/{tenant}.p12} when the tenant has one, else
 * the global seal, else the development seal. Files are read once per tenant (a new tenant file is
 * picked up without a restart; a replaced one after a restart). Thread-safe.
 */
public final class SigningKeys {
    /** Tenant ids name files here: the same closed alphabet as storage prefixes. */
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String SUFFIX = ".p12";

    private final Optional<Path> tenantDir;
    private final char[] tenantPassword;
    private final Optional<Seal> global;
    private final Supplier<Seal> development;
    private final ConcurrentMap<String, Seal> tenants = new ConcurrentHashMap<>();
    private volatile Seal developmentSeal;

    /**
     * @param tenantDir      folder of {@code {tenant}.p12} files, all opened with {@code tenantPassword}
     * @param global         the seal of tenants without a file of their own
     * @param development    called at most once, when a tenant has neither
     */
    public SigningKeys(Optional<Path> tenantDir, char[] tenantPassword, Optional<Seal> global,
                       Supplier<Seal> development) {
        this.tenantDir = tenantDir;
        this.tenantPassword = tenantPassword == null ? new char[0] : tenantPassword.clone();
        this.global = global;
        this.development = development;
    }

    /** Only the development seal: tests, demos, and a first start without configuration. */
    public static SigningKeys developmentOnly(Supplier<Seal> development) {
        return new SigningKeys(Optional.empty(), null, Optional.empty(), development);
    }

    public Seal forTenant(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + tenant);
        }
        Seal own = tenants.get(tenant);
        if (own == null) {
            // only found seals are remembered: a tenant file added later is used from then on
            own = tenantSeal(tenant).map(seal -> tenants.computeIfAbsent(tenant, t -> seal)).orElse(null);
        }
        if (own != null) {
            return own;
        }
        return global.orElseGet(this::development);
    }

    /**
     * Opens every seal now, so that a wrong password or damaged file stops start-up instead of the
     * first letter. Returns one line per unusable file (empty when all are fine).
     */
    public List<String> check() {
        return check(Instant.now());
    }

    /** As {@link #check()}, also refusing a seal whose certificate is not valid on {@code now} (expired). */
    public List<String> check(Instant now) {
        List<String> problems = new ArrayList<>();
        global.ifPresent(seal -> validOn(seal, now, "the global seal (BORDEREAU_SIGNING_P12)").ifPresent(problems::add));
        if (tenantDir.isEmpty()) {
            return problems;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tenantDir.get(), "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String tenant = name.substring(0, name.length() - SUFFIX.length());
                if (!TENANT.matcher(tenant).matches()) {
                    problems.add(file + ": the name must be {tenant}.p12 with a valid tenant id");
                    continue;
                }
                try {
                    validOn(forTenant(tenant), now, file.toString()).ifPresent(problems::add);
                } catch (KeyMaterialException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("cannot list " + tenantDir.get() + ": " + e.getMessage());
        }
        return problems;
    }

    /** Why a seal cannot seal on {@code now} (its certificate's dates), or empty. */
    private static Optional<String> validOn(Seal seal, Instant now, String where) {
        try {
            PadesSigner.requireValidOn(seal, now);
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(where + ": " + e.getMessage());
        }
    }

    private Optional<Seal> tenantSeal(String tenant) {
        if (tenantDir.isEmpty()) {
            return Optional.empty();
        }
        Path file = tenantDir.get().resolve(tenant + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Seal.fromPkcs12(file, tenantPassword));
    }

    private Seal development() {
        Seal seal = developmentSeal;
        if (seal == null) {
            synchronized (this) {
                if (developmentSeal == null) {
                    developmentSeal = development.get();
                }
                seal = developmentSeal;
            }
        }
        return seal;
    }
}
