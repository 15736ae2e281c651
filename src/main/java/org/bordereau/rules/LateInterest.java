package org.bordereau.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple late interest, day by day: {@code base × rate% × days / dayCountDays}, with the actual number
 * of days (both ends of a period included) over a fixed year of 365 days, leap years included
 * ("ACT/365 Fixed": French penalties are computed pro rata temporis on a 365-day year). Each period is
 * rounded HALF_EVEN to the cent on its own line; an invoice's interest is the sum of its rounded lines,
 * so the statement adds up as printed. No interest on interest (no anatocism: FR C. civ. 1343-2 needs
 * a contract or a court).
 */
public final class LateInterest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LateInterest() {}

    /** Interest on {@code base} at {@code ratePercent} a year for {@code days} days, to the cent (HALF_EVEN). */
    public static BigDecimal simple(BigDecimal base, BigDecimal ratePercent, long days, int dayCountDays) {
        return base.multiply(ratePercent).multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(dayCountDays)), 2, RoundingMode.HALF_EVEN);
    }

    /** One period line per rate span, all on the same base. */
    static List<InterestPeriod> periods(BigDecimal base, List<RateSpan> spans, int dayCountDays) {
        List<InterestPeriod> periods = new ArrayList<>();
        for (RateSpan span : spans) {
            long days = ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
            periods.add(new InterestPeriod(span.from(), span.to(), days, base, span.rate(),
                    simple(base, span.rate(), days, dayCountDays), span.rateBasis(), span.confidence()));
        }
        return periods;
    }
}
