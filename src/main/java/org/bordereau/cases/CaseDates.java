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

    /**
     * The days a command or a query may name. Interest and follow-ups step through every half-year or day
     * between two dates: a year like +999999999 (which ISO and LocalDate accept) would make one request
     * compute for hours, or fail deep in the date arithmetic.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private CaseDates() {}

    /** Whether {@code day} is between {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean inRange(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /** The problem a user is told about a day out of range. */
    public static String outOfRange() {
        return "must be between " + EARLIEST + " and " + LATEST;
    }

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
