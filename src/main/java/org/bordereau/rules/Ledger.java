package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running account of a statement, replayed in date order. Each invoice accrues interest on its
 * outstanding principal from the day after its due date; a payment first brings the interest of the
 * invoices it reaches up to its own date (inclusive: the old principal bears interest on the day of
 * payment, the new one from the next day), then is imputed per the pack:
 * <ol>
 *   <li>to the invoice the debtor designated, then to the others, due ones first, oldest due date
 *       first (issue date, then input order, break ties) — FR C. civ. 1342-10, MA DOC 323;</li>
 *   <li>within an invoice, interest then principal (FR C. civ. 1343-1) or principal then interest;</li>
 *   <li>what no invoice can take is a credit.</li>
 * </ol>
 * The fixed indemnity is not imputed on: it is a separate debt, shown beside the balance.
 * Mutable, confined to one computation.
 */
final class Ledger {
    static final BigDecimal ZERO = new BigDecimal("0.00");

    /** One invoice's running state. */
    static final class Account {
        final ClaimLine claim;
        final int order;
        final RateSchedule schedule;
        final List<InterestPeriod> periods = new ArrayList<>();
        final List<PaymentAllocation> allocations = new ArrayList<>();
        BigDecimal principal;
        BigDecimal interestAccrued = ZERO;
        BigDecimal paidToInterest = ZERO;
        BigDecimal paidToPrincipal = ZERO;
        BigDecimal paidByDueDate = ZERO;
        LocalDate accruedThrough;
        LocalDate principalClearedOn;

        Account(ClaimLine claim, int order, RateSchedule schedule) {
            this.claim = claim;
            this.order = order;
            this.schedule = schedule;
            this.principal = claim.amount();
            this.accruedThrough = claim.dueDate();
        }

        BigDecimal interestDue() {
            return interestAccrued.subtract(paidToInterest);
        }

        /** Not paid in full by its due date, and {@code asOf} is past it: late payment rules apply. */
        boolean lateOn(LocalDate asOf) {
            return asOf.isAfter(claim.dueDate()) && claim.amount().compareTo(paidByDueDate) > 0;
        }
    }

    private static final Comparator<Account> OLDEST_FIRST = Comparator
            .comparing((Account a) -> a.claim.dueDate())
            .thenComparing(a -> a.claim.issueDate() == null ? a.claim.dueDate() : a.claim.issueDate())
            .thenComparingInt(a -> a.order);

    private final List<Account> accounts;
    private final RulePack.ImputationOrder imputation;
    private final int dayCountDays;
    private BigDecimal credit = ZERO;

    Ledger(List<Account> accounts, RulePack.ImputationOrder imputation, int dayCountDays) {
        this.accounts = List.copyOf(accounts);
        this.imputation = imputation;
        this.dayCountDays = dayCountDays;
    }

    List<Account> accounts() {
        return accounts;
    }

    BigDecimal credit() {
        return credit;
    }

    /** Applies one payment; payments must come in date order. */
    void apply(PaymentLine payment) {
        BigDecimal remaining = payment.amount();
        Account designated = null;
        if (payment.allocatedTo() != null) {
            designated = find(payment.allocatedTo());
            remaining = pay(designated, payment, remaining);
        }
        List<Account> queue = new ArrayList<>(accounts);
        LocalDate day = payment.date();
        queue.sort(Comparator.comparing((Account a) -> a.claim.dueDate().isAfter(day)).thenComparing(OLDEST_FIRST));
        for (Account account : queue) {
            if (remaining.signum() == 0) {
                break;
            }
            if (account != designated) {
                remaining = pay(account, payment, remaining);
            }
        }
        credit = credit.add(remaining);
    }

    /** Brings every invoice's interest up to {@code asOf} inclusive. */
    void accrueAll(LocalDate asOf) {
        accounts.forEach(account -> accrue(account, asOf));
    }

    private BigDecimal pay(Account account, PaymentLine payment, BigDecimal amount) {
        accrue(account, payment.date());
        BigDecimal remaining = amount;
        BigDecimal toInterest = ZERO;
        BigDecimal toPrincipal;
        if (imputation == RulePack.ImputationOrder.INTEREST_FIRST) {
            toInterest = remaining.min(account.interestDue());
            remaining = remaining.subtract(toInterest);
        }
        toPrincipal = remaining.min(account.principal);
        remaining = remaining.subtract(toPrincipal);
        if (imputation == RulePack.ImputationOrder.PRINCIPAL_FIRST) {
            toInterest = remaining.min(account.interestDue());
            remaining = remaining.subtract(toInterest);
        }
        if (toInterest.signum() == 0 && toPrincipal.signum() == 0) {
            return remaining;
        }
        account.paidToInterest = account.paidToInterest.add(toInterest);
        account.paidToPrincipal = account.paidToPrincipal.add(toPrincipal);
        account.principal = account.principal.subtract(toPrincipal);
        if (!payment.date().isAfter(account.claim.dueDate())) {
            account.paidByDueDate = account.paidByDueDate.add(toPrincipal);
        }
        if (toPrincipal.signum() > 0 && account.principal.signum() == 0) {
            account.principalClearedOn = payment.date();
        }
        account.allocations.add(new PaymentAllocation(payment.date(), payment.reference(), toPrincipal, toInterest,
                payment.dateCertaine()));
        return remaining;
    }

    /** Interest on the current principal from the day after the last accrual to {@code through}. */
    private void accrue(Account account, LocalDate through) {
        if (!through.isAfter(account.accruedThrough)) {
            return;
        }
        if (account.principal.signum() > 0) {
            List<InterestPeriod> added = LateInterest.periods(account.principal,
                    account.schedule.spans(account.accruedThrough.plusDays(1), through), dayCountDays);
            for (InterestPeriod period : added) {
                account.interestAccrued = account.interestAccrued.add(period.interest());
            }
            account.periods.addAll(added);
        }
        account.accruedThrough = through;
    }

    private Account find(String invoiceNumber) {
        for (Account account : accounts) {
            if (account.claim.invoiceNumber().equals(invoiceNumber)) {
                return account;
            }
        }
        throw new IllegalArgumentException("no invoice " + invoiceNumber);
    }
}
