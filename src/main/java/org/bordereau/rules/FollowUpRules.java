package org.bordereau.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Stage;
import org.bordereau.cases.Violation;

/**
 * The follow-up parameters of a tenant (defaults in {@code rules/follow-up.json}, a tenant's own copy
 * through {@link FollowUpSettings}): the reminder cadence per open stage (a stage without one gets no
 * scheduled reminder), how far ahead commitments are shown, and the escalation thresholds of DESIGN.md
 * §1 — {@code noCommunication.attempts} unanswered contact attempts spread over at least
 * {@code noCommunication.overDays} days, {@code commitmentsBroken} commitments not kept, the oldest
 * unpaid claim more than {@code ageingDays} days past due, prescription within
 * {@code prescriptionWarningMonths} months.
 */
public record FollowUpRules(
        Map<Stage, Integer> reminderEveryDays,
        int upcomingWithinDays,
        NoCommunication noCommunication,
        int commitmentsBroken,
        int ageingDays,
        int prescriptionWarningMonths) {

    public static final String RESOURCE = "rules/follow-up.json";
    static final int MAX_CADENCE_DAYS = 365;
    static final int MAX_UPCOMING_DAYS = 90;
    static final int MAX_ATTEMPTS = 50;
    static final int MAX_AGEING_DAYS = 3650;
    static final int MAX_WARNING_MONTHS = 60;

    /** "N attempts over D days". */
    public record NoCommunication(int attempts, int overDays) {}

    public FollowUpRules {
        Map<Stage, Integer> copy = new EnumMap<>(Stage.class);
        copy.putAll(reminderEveryDays);
        reminderEveryDays = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The settings as written (a request body, a stored or bundled file): stage names as strings and
     * numbers that may be missing, so that every problem can be named at once by {@link #validate}.
     */
    @JsonIgnoreProperties({"_source"}) // the defaults file says where its figures come from
    public record Draft(
            Map<String, Integer> reminderEveryDays,
            Integer upcomingWithinDays,
            DraftNoCommunication noCommunication,
            Integer commitmentsBroken,
            Integer ageingDays,
            Integer prescriptionWarningMonths) {}

    /** {@link NoCommunication} as written. */
    public record DraftNoCommunication(Integer attempts, Integer overDays) {}

    /**
     * The rules a draft describes.
     *
     * @throws InvalidCommandException naming every missing or out-of-range field
     */
    public static FollowUpRules validate(Draft draft) {
        List<Violation> errors = new ArrayList<>();
        Map<Stage, Integer> cadence = new EnumMap<>(Stage.class);
        if (draft.reminderEveryDays() == null) {
            errors.add(new Violation("reminderEveryDays", "is required: days between reminders per open stage, "
                    + "e.g. {\"COMMERCIAL\":7}; {} for no scheduled reminders"));
        } else {
            draft.reminderEveryDays().forEach((name, days) -> stageCadence(name, days, cadence, errors));
        }
        int upcoming = bounded("upcomingWithinDays", draft.upcomingWithinDays(), 0, MAX_UPCOMING_DAYS, errors);
        int attempts = 0;
        int overDays = 0;
        if (draft.noCommunication() == null) {
            errors.add(new Violation("noCommunication", "is required: {\"attempts\":3,\"overDays\":21}"));
        } else {
            attempts = bounded("noCommunication.attempts", draft.noCommunication().attempts(), 1, MAX_ATTEMPTS, errors);
            overDays = bounded("noCommunication.overDays", draft.noCommunication().overDays(), 1, MAX_CADENCE_DAYS,
                    errors);
        }
        int broken = bounded("commitmentsBroken", draft.commitmentsBroken(), 1, MAX_ATTEMPTS, errors);
        int ageing = bounded("ageingDays", draft.ageingDays(), 1, MAX_AGEING_DAYS, errors);
        int warning = bounded("prescriptionWarningMonths", draft.prescriptionWarningMonths(), 0, MAX_WARNING_MONTHS,
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return new FollowUpRules(cadence, upcoming, new NoCommunication(attempts, overDays), broken, ageing, warning);
    }

    /** The bundled defaults ({@link #RESOURCE}) and where their figures come from ({@code _source}). */
    public record Defaults(FollowUpRules rules, String source) {}

    /** Reads the bundled defaults; a bad file stops start-up naming every problem. */
    public static Defaults load() {
        try (InputStream in = FollowUpRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            ObjectMapper json = new ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode tree = json.readTree(in);
            String source = tree.path("_source").asText("");
            if (source.isBlank()) {
                throw new IllegalStateException(RESOURCE + " must say where its figures come from (_source)");
            }
            return new Defaults(validate(json.treeToValue(tree, Draft.class)), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (InvalidCommandException e) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + e.violations(), e);
        }
    }

    /** These rules in the shape they are written in. */
    public Draft draft() {
        Map<String, Integer> cadence = new java.util.LinkedHashMap<>();
        reminderEveryDays.forEach((stage, days) -> cadence.put(stage.name(), days));
        return new Draft(cadence, upcomingWithinDays, new DraftNoCommunication(noCommunication.attempts(),
                noCommunication.overDays()), commitmentsBroken, ageingDays, prescriptionWarningMonths);
    }

    /** Days between reminders in this stage, or null when the stage has no scheduled reminder. */
    public Integer cadence(Stage stage) {
        return stage == null ? null : reminderEveryDays.get(stage);
    }

    private static void stageCadence(String name, Integer days, Map<Stage, Integer> cadence, List<Violation> errors) {
        String field = "reminderEveryDays." + name;
        Stage stage = null;
        try {
            stage = Stage.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (stage == null || stage.isClosed()) {
            errors.add(new Violation(field, "is not an open stage; use COMMERCIAL, PERSONALISED, PRE_LITIGATION "
                    + "or LITIGATION_READY"));
            return;
        }
        cadence.put(stage, bounded(field, days, 1, MAX_CADENCE_DAYS, errors));
    }

    private static int bounded(String field, Integer value, int min, int max, List<Violation> errors) {
        if (value == null) {
            errors.add(new Violation(field, "is required: a whole number from " + min + " to " + max));
            return 0;
        }
        if (value < min || value > max) {
            errors.add(new Violation(field, "must be from " + min + " to " + max + " (was " + value + ")"));
        }
        return value;
    }
}
