package org.bordereau.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Moroccan Treasury fine the late debtor is exposed to (Loi 69-21, rate per the DGI's
 * communiqués): on each amount paid late and on what is still unpaid, key rate of Bank Al-Maghrib at
 * the pack's key-rate date + the monthly increment for each month or fraction of month of delay after
 * the first. A flat percentage of the amount, not a yearly rate. Information only: never claimed,
 * never in the totals.
 */
final class TreasuryFine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RulePack.TreasuryFineRule rule;
    private final RateTable keyRate;

    TreasuryFine(RulePack.TreasuryFineRule rule, RateTable keyRate) {
        this.rule = rule;
        this.keyRate = keyRate;
    }

    TreasuryFineExposure exposure(List<Ledger.Account> accounts, LocalDate asOf, Set<StatementWarning> warnings) {
        List<TreasuryFineLine> lines = new ArrayList<>();
        Confidence confidence = Confidence.lowest(rule.basis().confidence(), rule.methodConfidence());
        for (Ledger.Account account : accounts) {
            if (!account.lateOn(asOf)) {
                continue;
            }
            LocalDate delayStart = account.claim.dueDate().plusDays(1);
            if (delayStart.isBefore(rule.basis().effectiveFrom())) {
                warnings.add(StatementWarning.of(StatementWarning.Code.TREASURY_FINE_BEFORE_RULE,
                        "invoice", account.claim.invoiceNumber(), "effectiveFrom", rule.basis().effectiveFrom()));
            }
            for (PaymentAllocation allocation : account.allocations) {
                if (allocation.toPrincipal().signum() > 0 && allocation.date().isAfter(account.claim.dueDate())) {
                    lines.add(line(account, "PAID_LATE", allocation.toPrincipal(), delayStart, allocation.date()));
                }
            }
            if (account.principal.signum() > 0) {
                lines.add(line(account, "UNPAID", account.principal, delayStart, asOf));
            }
        }
        BigDecimal total = Ledger.ZERO;
        for (TreasuryFineLine line : lines) {
            total = total.add(line.fine());
            confidence = Confidence.lowest(confidence, keyRate.entryOn(line.keyRateDate()).confidence());
        }
        return new TreasuryFineExposure(false, rule.basis(), confidence, total, lines, rule.keyRateDateNote());
    }

    private TreasuryFineLine line(Ledger.Account account, String status, BigDecimal base, LocalDate delayStart,
            LocalDate until) {
        LocalDate keyDate = keyRateDate(delayStart);
        int months = monthsStarted(delayStart, until);
        BigDecimal key = keyRate.rateOn(keyDate);
        BigDecimal fineRate = key.add(rule.monthlyIncrementPoints().multiply(BigDecimal.valueOf(months - 1L)));
        BigDecimal fine = base.multiply(fineRate).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new TreasuryFineLine(account.claim.invoiceNumber(), status, base, delayStart, until, months, keyDate,
                key, fineRate, fine);
    }

    private LocalDate keyRateDate(LocalDate delayStart) {
        if (rule.keyRateDate() == RulePack.FineKeyRateDate.END_OF_FIRST_MONTH_OF_DELAY) {
            return delayStart.plusMonths(1).minusDays(1);
        }
        return delayStart.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Months of delay from {@code delayStart} to {@code until} inclusive, a started month counting in full. */
    static int monthsStarted(LocalDate delayStart, LocalDate until) {
        int months = 1;
        while (!delayStart.plusMonths(months).isAfter(until)) {
            months++;
        }
        return months;
    }
}
