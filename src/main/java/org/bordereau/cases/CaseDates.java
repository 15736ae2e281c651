package org.bordereau.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Dates are days in the case's zone (DESIGN.md §2): Africa/Casablanca for MA, Europe/Paris for FR. */
public final class CaseDates {
    private static final Map<String, ZoneId> ZONES = Map.of(
            "MA", ZoneId.of("Africa/Casablanca"),
            "FR", ZoneId.of("Europe/Paris"));

    private CaseDates() {}

    public static ZoneId zone(String jurisdiction) {
        ZoneId zone = ZONES.get(jurisdiction);
        if (zone == null) {
            throw new IllegalArgumentException("no time zone known for jurisdiction " + jurisdiction);
        }
        return zone;
    }

    /** Today in the zone of the case. */
    public static LocalDate today(Case file, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone(file.jurisdiction()));
    }
}
