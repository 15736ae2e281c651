package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The late-interest rate of one invoice day by day, as spans of equal rate. Rate of a day =
 * contractual rate if agreed, else reference rate (fixed per {@link RulePack.RateFixing}) + margin;
 * then raised to the floor (multiplier × floor table rate in force that day) when the floor applies.
 * Spans are cut where the rate may change (half-year starts, table changes) and rejoined when two
 * neighbours have the same rate on the same basis, so an unchanged rate makes no extra line.
 */
final class RateSchedule {
    private final RulePack.LateInterestRule rule;
    private final RateTable reference;
    private final RateTable floorTable;
    private final BigDecimal contractualRate;
    private final LocalDate delayStart;
    private final Set<StatementWarning> warnings;

    RateSchedule(RulePack.LateInterestRule rule, RulePacks packs, BigDecimal contractualRate, LocalDate delayStart,
            Set<StatementWarning> warnings) {
        this.rule = rule;
        this.reference = packs.table(rule.reference().table());
        this.floorTable = floorApplies(rule, contractualRate) ? packs.table(rule.floor().table()) : null;
        this.contractualRate = contractualRate;
        this.delayStart = delayStart;
        this.warnings = warnings;
    }

    static boolean floorApplies(RulePack.LateInterestRule rule, BigDecimal contractualRate) {
        return rule.floor() != null
                && (rule.floor().appliesTo() == RulePack.FloorScope.ANY_RATE || contractualRate != null);
    }

    /** Contiguous spans covering {@code from}..{@code to}, both inclusive ({@code from <= to}). */
    List<RateSpan> spans(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        LocalDate next = from.plusDays(1);
        if (contractualRate == null) {
            if (rule.reference().fixing() == RulePack.RateFixing.HALF_YEAR) {
                for (LocalDate d = halfYearStart(from).plusMonths(6); !d.isAfter(to); d = d.plusMonths(6)) {
                    cuts.add(d);
                }
            } else if (rule.reference().fixing() == RulePack.RateFixing.ON_CHANGE) {
                reference.changesBetween(next, to).forEach(e -> cuts.add(e.effectiveFrom()));
            }
        }
        if (floorTable != null) {
            floorTable.changesBetween(next, to).forEach(e -> cuts.add(e.effectiveFrom()));
        }
        List<RateSpan> spans = new ArrayList<>();
        LocalDate start = from;
        for (LocalDate cut : cuts) {
            if (cut.isAfter(start)) {
                add(spans, rateOn(start, cut.minusDays(1)));
                start = cut;
            }
        }
        add(spans, rateOn(start, to));
        return spans;
    }

    private static void add(List<RateSpan> spans, RateSpan span) {
        if (!spans.isEmpty()) {
            RateSpan last = spans.get(spans.size() - 1);
            if (last.rate().compareTo(span.rate()) == 0 && last.rateBasis().equals(span.rateBasis())) {
                spans.set(spans.size() - 1, new RateSpan(last.from(), span.to(), last.rate(), last.rateBasis(),
                        Confidence.lowest(last.confidence(), span.confidence())));
                return;
            }
        }
        spans.add(span);
    }

    /** The rate of the span starting on {@code day} (constant until {@code to} by construction). */
    private RateSpan rateOn(LocalDate day, LocalDate to) {
        Confidence confidence = Confidence.lowest(rule.basis().confidence(), rule.reference().basis().confidence());
        BigDecimal rate;
        String basis;
        if (contractualRate != null) {
            rate = contractualRate;
            basis = "contractual rate " + percent(contractualRate);
        } else {
            LocalDate fixingDate = fixingDate(day);
            RateEntry entry = reference.entryOn(fixingDate);
            warnIfUnchecked(reference, fixingDate);
            confidence = Confidence.lowest(confidence, entry.confidence());
            rate = entry.rate().add(rule.marginPoints());
            basis = reference.label() + " " + percent(entry.rate()) + " (in force since " + entry.effectiveFrom()
                    + ") + " + rule.marginPoints().stripTrailingZeros().toPlainString() + " points";
        }
        if (floorTable != null) {
            RateEntry legal = floorTable.entryOn(day);
            warnIfUnchecked(floorTable, day);
            BigDecimal floor = legal.rate().multiply(rule.floor().multiplier());
            if (floor.compareTo(rate) > 0) {
                rate = floor;
                confidence = Confidence.lowest(Confidence.lowest(confidence, legal.confidence()),
                        rule.floor().basis().confidence());
                basis = basis + ", raised to the floor " + rule.floor().multiplier().stripTrailingZeros().toPlainString()
                        + " × " + floorTable.label() + " " + percent(legal.rate()) + " (in force since "
                        + legal.effectiveFrom() + ")";
            }
        }
        return new RateSpan(day, to, rate, basis, confidence);
    }

    private LocalDate fixingDate(LocalDate day) {
        switch (rule.reference().fixing()) {
            case HALF_YEAR:
                return halfYearStart(day);
            case AT_DELAY_START:
                return delayStart;
            case ON_CHANGE:
            default:
                return day;
        }
    }

    /** 1 January or 1 July of the half-year containing {@code day} (FR L441-10 II). */
    static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private void warnIfUnchecked(RateTable table, LocalDate date) {
        table.checkedThrough().filter(date::isAfter).ifPresent(checked -> warnings.add(StatementWarning.of(
                StatementWarning.Code.RATE_TABLE_UNCHECKED, "table", new Finding.Term("table." + table.name()),
                "label", table.label(), "checked", checked, "date", date, "note", table.checkedThroughNote())));
    }

    static String percent(BigDecimal rate) {
        return rate.setScale(Math.max(2, rate.stripTrailingZeros().scale())).toPlainString() + " %";
    }
}
