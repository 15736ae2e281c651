package org.bordereau.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded late-payment rule packs and the rate tables they name, immutable. Load once at start-up
 * ({@link #load()}) and pass it to {@link StatementCalculator}; a pack or table with a problem stops
 * the load, listing every problem found.
 */
public final class RulePacks {
    static final String INDEX = "rules/late-payment-packs.txt";

    private final Map<String, RulePack> packs;
    private final Map<String, RateTable> tables;

    public RulePacks(Map<String, RulePack> packs, Map<String, RateTable> tables) {
        this.packs = Map.copyOf(packs);
        this.tables = Map.copyOf(tables);
        List<String> problems = new ArrayList<>();
        packs.forEach((code, pack) -> check(code, pack, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid late-payment rule packs: " + String.join("; ", problems));
        }
    }

    /** Reads the index, every pack it lists and every table those packs name, from the class path. */
    public static RulePacks load() {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        Map<String, RulePack> packs = new LinkedHashMap<>();
        Map<String, RateTable> tables = new LinkedHashMap<>();
        for (String line : resource(INDEX).split("\\R")) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            String path = "rules/" + code + "/late-payment.json";
            RulePack pack;
            try {
                pack = json.readValue(resource(path), RulePack.class);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read rule pack " + path + ": " + e.getMessage(), e);
            }
            packs.put(code, pack);
            for (String table : tableNames(pack)) {
                tables.computeIfAbsent(table, RateTable::load);
            }
        }
        return new RulePacks(packs, tables);
    }

    /** The pack of a jurisdiction ("MA", "FR"). */
    public RulePack pack(String jurisdiction) {
        RulePack pack = packs.get(jurisdiction);
        if (pack == null) {
            throw new IllegalArgumentException("no late-payment rule pack for " + jurisdiction);
        }
        return pack;
    }

    public Set<String> jurisdictions() {
        return packs.keySet();
    }

    /** A rate table by name ("ecb-mro", "fr-legal-rate", "bam-key-rate"). */
    public RateTable table(String name) {
        RateTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no rate table " + name);
        }
        return table;
    }

    private static List<String> tableNames(RulePack pack) {
        List<String> names = new ArrayList<>();
        if (pack.lateInterest() != null && pack.lateInterest().reference() != null) {
            names.add(pack.lateInterest().reference().table());
        }
        if (pack.lateInterest() != null && pack.lateInterest().floor() != null) {
            names.add(pack.lateInterest().floor().table());
        }
        if (pack.treasuryFine() != null) {
            names.add(pack.treasuryFine().table());
        }
        names.removeIf(name -> name == null || !name.matches("[a-z0-9-]+"));
        return names;
    }

    private void check(String code, RulePack pack, List<String> problems) {
        String at = "pack " + code + ": ";
        if (!code.equals(pack.jurisdiction())) {
            problems.add(at + "jurisdiction field says " + pack.jurisdiction());
        }
        RulePack.LateInterestRule interest = pack.lateInterest();
        if (interest == null || interest.reference() == null || interest.marginPoints() == null) {
            problems.add(at + "lateInterest needs reference and marginPoints");
        } else {
            basis(at + "lateInterest", interest.basis(), problems);
            basis(at + "lateInterest.reference", interest.reference().basis(), problems);
            table(at + "lateInterest.reference", interest.reference().table(), problems);
            if (interest.reference().fixing() == null) {
                problems.add(at + "lateInterest.reference.fixing is missing");
            }
            if (interest.dayCountDays() != 365 && interest.dayCountDays() != 360) {
                problems.add(at + "lateInterest.dayCountDays must be 365 or 360");
            }
            RulePack.FloorRule floor = interest.floor();
            if (floor != null) {
                basis(at + "lateInterest.floor", floor.basis(), problems);
                table(at + "lateInterest.floor", floor.table(), problems);
                if (floor.multiplier() == null || floor.appliesTo() == null) {
                    problems.add(at + "lateInterest.floor needs multiplier and appliesTo");
                }
            }
        }
        RulePack.IndemnityRule indemnity = pack.fixedIndemnity();
        if (indemnity == null || indemnity.amount() == null || indemnity.amount().signum() < 0) {
            problems.add(at + "fixedIndemnity needs an amount >= 0");
        } else {
            basis(at + "fixedIndemnity", indemnity.basis(), problems);
        }
        if (pack.allocation() == null) {
            problems.add(at + "allocation is missing");
        } else {
            basis(at + "allocation", pack.allocation().basis(), problems);
        }
        if (pack.imputation() == null || pack.imputation().order() == null) {
            problems.add(at + "imputation needs an order");
        } else {
            basis(at + "imputation", pack.imputation().basis(), problems);
        }
        RulePack.PrescriptionRule prescription = pack.prescription();
        if (prescription == null || prescription.years() <= 0) {
            problems.add(at + "prescription needs years > 0");
        } else {
            basis(at + "prescription", prescription.basis(), problems);
            for (RulePack.InterruptionRule rule : prescription.interruptedBy()) {
                basis(at + "prescription.interruptedBy." + rule.kind(), rule.basis(), problems);
            }
            for (RulePack.InterruptionRule rule : prescription.notInterruptedBy()) {
                basis(at + "prescription.notInterruptedBy." + rule.kind(), rule.basis(), problems);
            }
        }
        RulePack.TreasuryFineRule fine = pack.treasuryFine();
        if (fine != null) {
            basis(at + "treasuryFine", fine.basis(), problems);
            table(at + "treasuryFine", fine.table(), problems);
            if (fine.monthlyIncrementPoints() == null || fine.monthlyIncrementPoints().compareTo(BigDecimal.ZERO) < 0
                    || fine.keyRateDate() == null || fine.methodConfidence() == null) {
                problems.add(at + "treasuryFine needs monthlyIncrementPoints >= 0, keyRateDate and methodConfidence");
            }
        }
    }

    /** Data files carry source, confidence and effectiveFrom for every rule (LEGAL.md preamble). */
    private static void basis(String at, Basis basis, List<String> problems) {
        if (basis == null || blank(basis.rule()) || blank(basis.source()) || basis.confidence() == null
                || basis.effectiveFrom() == null) {
            problems.add(at + ".basis needs rule, source, confidence and effectiveFrom");
        }
    }

    private void table(String at, String name, List<String> problems) {
        if (name == null || !tables.containsKey(name)) {
            problems.add(at + ".table '" + name + "' is not a loaded rate table");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String resource(String path) {
        try (InputStream in = RulePacks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not found on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
