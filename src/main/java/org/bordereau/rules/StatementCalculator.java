package org.bordereau.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * Computes a {@link Statement} of account from a {@link StatementRequest} with the jurisdiction's
 * {@link RulePack}: replays the payments in date order on a {@link Ledger}, accrues late interest per
 * period of constant principal and rate, adds the fixed indemnities, dates prescription, and (MA)
 * estimates the Treasury fine the debtor is exposed to. Pure: no clock, no I/O, same input → same
 * output. Thread-safe.
 *
 * <pre>
 * StatementCalculator calculator = new StatementCalculator(RulePacks.load());
 * Statement statement = calculator.compute(new StatementRequest("FR", "EUR", LocalDate.of(2025, 9, 30),
 *         List.of(new ClaimLine("F-2025-017", issue, due, new BigDecimal("10000.00"))),
 *         List.of(new PaymentLine(LocalDate.of(2025, 4, 10), new BigDecimal("2500.00"), "VIR 88", null))));
 * </pre>
 */
public final class StatementCalculator {
    private final RulePacks packs;
    private final StatementRequestValidator validator;
    private final StatementTexts texts = StatementTexts.load();

    public StatementCalculator(RulePacks packs) {
        this.packs = packs;
        this.validator = new StatementRequestValidator(packs.jurisdictions());
    }

    /**
     * @throws InvalidCommandException listing every invalid field of the request, and every invoice
     *         whose delay starts before the rate tables do
     */
    public Statement compute(StatementRequest request) {
        List<Violation> errors = validator.validate(request);
        if (errors.isEmpty()) {
            errors = coverage(request);
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        RulePack pack = packs.pack(request.jurisdiction());
        RulePack.LateInterestRule rule = pack.lateInterest();
        LocalDate asOf = request.asOf();
        Set<StatementWarning> warnings = new LinkedHashSet<>();

        List<Ledger.Account> accounts = new ArrayList<>();
        for (ClaimLine claim : request.claims()) {
            ClaimLine exact = new ClaimLine(claim.invoiceNumber(), claim.issueDate(), claim.dueDate(), cents(claim.amount()));
            accounts.add(new Ledger.Account(exact, accounts.size(), new RateSchedule(rule, packs,
                    request.contractualRatePercent(), claim.dueDate().plusDays(1), warnings)));
        }
        Ledger ledger = new Ledger(accounts, pack.imputation().order(), rule.dayCountDays());
        BigDecimal received = Ledger.ZERO;
        List<PaymentLine> payments = new ArrayList<>(request.payments());
        payments.sort(Comparator.comparing(PaymentLine::date));
        for (PaymentLine payment : payments) {
            if (payment.date().isAfter(asOf)) {
                warnings.add(StatementWarning.of(StatementWarning.Code.PAYMENT_AFTER_STATEMENT,
                        "date", payment.date(), "amount", payment.amount()));
            } else if (payment.amount().signum() > 0) {
                ledger.apply(new PaymentLine(payment.date(), cents(payment.amount()), payment.reference(),
                        payment.allocatedTo(), payment.dateCertaine()));
                received = received.add(cents(payment.amount()));
            }
        }
        ledger.accrueAll(asOf);

        Set<Basis> basis = new LinkedHashSet<>();
        Prescription prescription = new Prescription(pack.prescription());
        List<StatementLine> lines = new ArrayList<>();
        for (Ledger.Account account : accounts) {
            lines.add(line(account, request, pack, prescription, basis, warnings));
        }
        StatementTotals totals = totals(lines, ledger.credit());
        if (ledger.credit().signum() > 0) {
            warnings.add(StatementWarning.of(StatementWarning.Code.CREDIT_TO_DEBTOR,
                    "amount", ledger.credit(), "currency", request.currency()));
        }
        Information information = new Information(pack.treasuryFine() == null ? null
                : new TreasuryFine(pack.treasuryFine(), packs.table(pack.treasuryFine().table()))
                        .exposure(accounts, asOf, warnings));
        List<Basis> ordered = ordered(pack, request, lines, received, basis);
        for (Basis b : ordered) {
            if (b.confidence() == Confidence.LOW) {
                warnings.add(StatementWarning.of(StatementWarning.Code.LOW_CONFIDENCE_RULE,
                        "rule", b.rule(), "source", b.source(), "note", b.note()));
            }
        }
        return new Statement(asOf, pack.jurisdiction(), request.currency(), lines, totals, ordered, information,
                texts.say(List.copyOf(warnings), "en"), List.copyOf(warnings));
    }

    private StatementLine line(Ledger.Account account, StatementRequest request, RulePack pack,
            Prescription prescription, Set<Basis> basis, Set<StatementWarning> warnings) {
        ClaimLine claim = account.claim;
        LocalDate asOf = request.asOf();
        boolean late = account.lateOn(asOf);
        long daysLate = 0;
        BigDecimal indemnity = Ledger.ZERO;
        if (late) {
            LocalDate end = account.principal.signum() == 0 ? account.principalClearedOn : asOf;
            daysLate = ChronoUnit.DAYS.between(claim.dueDate(), end);
            indemnity = indemnity(pack.fixedIndemnity(), request.currency(), claim, warnings);
            warnIfBefore(pack.lateInterest().basis(), claim, warnings);
        }
        Confidence confidence = pack.lateInterest().basis().confidence();
        for (InterestPeriod period : account.periods) {
            confidence = Confidence.lowest(confidence, period.confidence());
        }
        List<Interruption> events = new ArrayList<>();
        for (Interruption event : request.interruptions()) {
            if (event.concerns(claim.invoiceNumber())) {
                events.add(event);
            }
        }
        events.addAll(prescription.fromPayments(claim.invoiceNumber(), account.allocations));
        Prescription.Result prescribed = prescription.of(claim, events, asOf, warnings);
        basis.addAll(prescribed.basis());
        BigDecimal interest = account.interestDue();
        return new StatementLine(claim.invoiceNumber(), claim.issueDate(), claim.dueDate(), claim.amount(),
                account.paidToPrincipal.add(account.paidToInterest), account.paidToPrincipal, account.paidToInterest,
                account.principal, daysLate, account.interestAccrued, interest, confidence, indemnity,
                account.principal.add(interest).add(indemnity), prescribed.date(), prescribed.interruptedOn(),
                account.periods, account.allocations);
    }

    /** The fixed indemnity of a late invoice; in its own currency only (FR D441-5 says 40 euros). */
    private static BigDecimal indemnity(RulePack.IndemnityRule rule, String currency, ClaimLine claim,
            Set<StatementWarning> warnings) {
        if (rule.amount().signum() == 0) {
            return Ledger.ZERO;
        }
        if (!rule.currency().equals(currency)) {
            warnings.add(StatementWarning.of(StatementWarning.Code.FIXED_INDEMNITY_OTHER_CURRENCY, "rule",
                    rule.basis().rule(), "amount", rule.amount(), "indemnityCurrency", rule.currency(), "currency", currency));
            return Ledger.ZERO;
        }
        warnIfBefore(rule.basis(), claim, warnings);
        return cents(rule.amount());
    }

    private static void warnIfBefore(Basis basis, ClaimLine claim, Set<StatementWarning> warnings) {
        if (claim.dueDate().plusDays(1).isBefore(basis.effectiveFrom())) {
            warnings.add(StatementWarning.of(StatementWarning.Code.LATE_BEFORE_RULE, "invoice", claim.invoiceNumber(),
                    "rule", basis.rule(), "effectiveFrom", basis.effectiveFrom()));
        }
    }

    private static StatementTotals totals(List<StatementLine> lines, BigDecimal credit) {
        BigDecimal principal = Ledger.ZERO;
        BigDecimal paid = credit;
        BigDecimal outstanding = Ledger.ZERO;
        BigDecimal interest = Ledger.ZERO;
        BigDecimal indemnities = Ledger.ZERO;
        BigDecimal accrued = Ledger.ZERO;
        BigDecimal paidToInterest = Ledger.ZERO;
        for (StatementLine line : lines) {
            principal = principal.add(line.principal());
            paid = paid.add(line.paid());
            outstanding = outstanding.add(line.outstanding());
            interest = interest.add(line.interest());
            indemnities = indemnities.add(line.indemnities());
            accrued = accrued.add(line.interestAccrued());
            paidToInterest = paidToInterest.add(line.paidToInterest());
        }
        BigDecimal totalDue = outstanding.add(interest).add(indemnities).subtract(credit);
        return new StatementTotals(principal, paid, outstanding, interest, indemnities, totalDue, accrued,
                paidToInterest, credit);
    }

    /** The rules the figures rest on, in reading order: interest, rates, indemnity, payments, prescription. */
    private static List<Basis> ordered(RulePack pack, StatementRequest request, List<StatementLine> lines,
            BigDecimal received, Set<Basis> prescriptionBasis) {
        Set<Basis> basis = new LinkedHashSet<>();
        RulePack.LateInterestRule rule = pack.lateInterest();
        boolean anyInterest = lines.stream().anyMatch(line -> !line.periods().isEmpty());
        if (anyInterest) {
            basis.add(rule.basis());
            if (request.contractualRatePercent() == null) {
                basis.add(rule.reference().basis());
            } else {
                basis.add(new Basis(pack.jurisdiction() + ".contractual-rate",
                        "Rate agreed in the contract or terms of sale, as given by the caller: "
                                + RateSchedule.percent(request.contractualRatePercent()),
                        Confidence.MEDIUM, null, "Not checked against the contract by this engine."));
            }
            if (RateSchedule.floorApplies(rule, request.contractualRatePercent())) {
                basis.add(rule.floor().basis());
            }
        }
        if (!lines.isEmpty()) {
            basis.add(pack.fixedIndemnity().basis());
        }
        if (received.signum() > 0) {
            basis.add(pack.allocation().basis());
            basis.add(pack.imputation().basis());
        }
        if (!lines.isEmpty()) {
            basis.add(pack.prescription().basis());
        }
        basis.addAll(prescriptionBasis);
        return new ArrayList<>(basis);
    }

    /** Dates the rate tables cannot answer for are refused, naming the invoice. */
    private List<Violation> coverage(StatementRequest request) {
        List<Violation> errors = new ArrayList<>();
        RulePack pack = packs.pack(request.jurisdiction());
        RulePack.LateInterestRule rule = pack.lateInterest();
        RateTable reference = packs.table(rule.reference().table());
        for (int i = 0; i < request.claims().size(); i++) {
            ClaimLine claim = request.claims().get(i);
            if (!request.asOf().isAfter(claim.dueDate())) {
                continue;
            }
            LocalDate first = claim.dueDate().plusDays(1);
            Set<RateTable> needed = new LinkedHashSet<>();
            if (request.contractualRatePercent() == null) {
                needed.add(reference);
            }
            if (RateSchedule.floorApplies(rule, request.contractualRatePercent())) {
                needed.add(packs.table(rule.floor().table()));
            }
            if (pack.treasuryFine() != null) {
                needed.add(packs.table(pack.treasuryFine().table()));
            }
            for (RateTable table : needed) {
                LocalDate asked = rule.reference().fixing() == RulePack.RateFixing.HALF_YEAR && table == reference
                        ? RateSchedule.halfYearStart(first) : first;
                if (asked.isBefore(table.firstDate())) {
                    errors.add(new Violation("claims[" + i + "].dueDate", "the " + table.label() + " table starts on "
                            + table.firstDate() + ": no late interest can be computed for a delay starting " + first));
                }
            }
        }
        return errors;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
