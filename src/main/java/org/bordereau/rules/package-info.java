/**
 * Recovery rules: the completeness checklist of a case file and the follow-up (last two sections), and
 * the statement of account: how much is owed on a given day, and on what legal basis, computed to the
 * cent. Pure domain code: no I/O after loading, no HTTP; the only clock gives "today" when no date is
 * asked.
 * It takes its own input records ({@link org.bordereau.rules.StatementRequest},
 * {@link org.bordereau.rules.ClaimLine}, {@link org.bordereau.rules.PaymentLine},
 * {@link org.bordereau.rules.Interruption}), so the case projection can be mapped to it.
 *
 * <h2>Use</h2>
 * <pre>
 * RulePacks packs = RulePacks.load();                  // once, at start-up: packs + rate tables
 * StatementCalculator calculator = new StatementCalculator(packs);
 * Statement statement = calculator.compute(request);   // InvalidCommandException lists every bad field
 * </pre>
 * The output follows DESIGN.md §4 ({@code asOf, currency, lines[invoiceNumber, principal, paid,
 * outstanding, daysLate, interest, indemnities, prescriptionDate], totals[principal, paid,
 * outstanding, interest, indemnities, totalDue], basis[rule, source]}) and adds fields: the interest
 * periods of each line, how each payment was split, confidences, {@code information} (MA Treasury
 * fine, never claimed) and {@code warnings}. Amounts are {@code BigDecimal} with scale 2; the HTTP
 * layer writes them as strings.
 *
 * <h2>Data, not code</h2>
 * {@code src/main/resources/rules/}: {@code late-payment-packs.txt} lists the jurisdictions;
 * {@code {MA,FR}/late-payment.json} hold each rule with its {@link org.bordereau.rules.Basis} (rule id,
 * source = law and article, confidence, effectiveFrom, note); {@code rates/*.csv} hold the dated rate
 * histories ({@code effectiveFrom,rate,source,confidence,note}, plus {@code # checkedThrough:}, the
 * last date each table is known to be complete — a statement needing a later rate says so in its
 * warnings). Loading fails on a rule without source, confidence or effectiveFrom, or on a table a
 * pack names but that does not exist.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Simple interest, ACT/365 Fixed.</b> {@code base × rate × days / 36 500}: actual days over a
 * 365-day year, leap years included (29 February counts as a day, the divisor stays 365). French
 * penalties are computed pro rata temporis on 365 days. The divisor is {@code dayCountDays} in the
 * pack. No interest on interest (C. civ. 1343-2 needs a contract or a court).</li>
 * <li><b>Inclusivity.</b> Interest runs from the day after the due date (FR L441-10 II: "exigibles le
 * jour suivant la date de règlement figurant sur la facture") to {@code asOf} included; a period
 * {@code from..to} has {@code to - from + 1} days. On a payment day the old principal bears
 * interest; the reduced principal does from the next day. {@code daysLate = asOf - dueDate}, or
 * {@code clearedOn - dueDate} when the principal was paid off late; 0 when paid by the due date or
 * not yet due.</li>
 * <li><b>Periods.</b> A new period starts when the principal changes (a payment reaching the invoice)
 * or the rate may change: FR at 1 January and 1 July (L441-10 II: the ECB rate in force on 1 January
 * for the first half-year, on 1 July for the second — it is in the article's text); MA at each Bank
 * Al-Maghrib change (pack {@code fixing: ON_CHANGE}). Neighbouring spans with the same rate on the
 * same basis are joined.</li>
 * <li><b>Rounding.</b> Each period line is rounded HALF_EVEN to the cent; the invoice's interest is
 * the sum of its rounded lines, and totals are sums of lines, so the statement adds up as printed.
 * The Treasury fine is rounded per line the same way.</li>
 * <li><b>FR rate.</b> ECB MRO rate in force on 1 January / 1 July + 10 points. The floor of 3 × the
 * taux d'intérêt légal ("autres cas", same half-year) bounds a <i>contractual</i> rate, as the
 * article's wording says ("Sauf disposition contraire qui ne peut toutefois fixer un taux inférieur
 * à trois fois le taux d'intérêt légal"); the default rate is not raised to it. This matters in 2024:
 * 3 × 5.07 = 15.21 > 14.50 (S1) and 3 × 4.92 = 14.76 > 14.25 (S2). The pack parameter
 * {@code floor.appliesTo} (CONTRACTUAL_RATE | ANY_RATE) switches the reading.</li>
 * <li><b>MA rate.</b> The creditor's indemnity is a parameter: key rate + 7 points (Loi 49-15
 * formula), confidence LOW, because whether Loi 69-21 keeps that margin is unconfirmed (LEGAL.md §1,
 * §8.1). Every MA statement carries the warning. No fixed recovery indemnity (negative finding).</li>
 * <li><b>Payments between invoices.</b> To the designated invoice (FR C. civ. 1342-10, MA DOC 323),
 * the rest to the others, due ones first, oldest due date first, then issue date, then input order
 * (no proportional split of exact ties). What no invoice can take is a {@code credit}.</li>
 * <li><b>Interest or principal first.</b> Pack parameter {@code imputation.order}. FR: INTEREST_FIRST
 * (C. civ. 1343-1: "le paiement partiel s'impute d'abord sur les intérêts"; L441-10 penalties are
 * moratory interest, Cass. com. 2 nov. 2011 n° 10-14.677). MA: PRINCIPAL_FIRST, LOW — no DOC text
 * retrieved, and imputing on a LOW-confidence indemnity first would make the principal balance
 * depend on it. Payments never go to the fixed indemnity.</li>
 * <li><b>FR fixed indemnity.</b> 40 EUR once per invoice not paid in full by its due date (D441-5);
 * left out, with a warning, if the statement is not in euros.</li>
 * <li><b>Prescription.</b> Due date + 5 years (FR C. com. L110-4; MA C. com. art. 5); the date given
 * is the last day to act. Interrupting events restart a full period from their date if they happen
 * on or before that day and on or before {@code asOf}. FR: acknowledgment (C. civ. 2240; a payment
 * allocated to the invoice counts as one), judicial demand (2241), enforcement (2244); a mise en
 * demeure does not (Cass. com. 18 mai 2022 n° 20-23.204). MA: acknowledgment (DOC 382), part payment
 * with date certaine (382), formal demand with date certaine (381), judicial demand, enforcement.
 * Events that do not count are reported in the warnings with the reason.</li>
 * <li><b>MA Treasury fine.</b> Information only: key rate at the end of the calendar month in which
 * the delay starts (fits the DGI's communiqués of June and December 2024) + 0.85 point per month or
 * fraction of month after the first, as a flat percentage of each amount paid late and of what is
 * unpaid at {@code asOf}. Confidence of the method MEDIUM. Whether the debtor is subject to it
 * (turnover above 2 MDH, phase-in by bracket, disputed invoices) is not checked.</li>
 * </ul>
 *
 * <h2>Confidence</h2>
 * Each interest period carries the weakest confidence of the rules and rate rows behind it, each line
 * the weakest of its periods, and every LOW rule used is repeated in {@code warnings}. LOW facts are
 * parameters, never hard rejections (LEGAL.md preamble). The rate tables record, row by row, which
 * values were checked against a dated source and which come from memory.
 *
 * <h2>Statements of cases</h2>
 * {@link org.bordereau.rules.Statements} computes the statement of a {@code Case} through
 * {@link org.bordereau.rules.StatementInputs}, which says which facts may interrupt prescription:
 * DEBT_ACKNOWLEDGED, a plan signed by the debtor and a written promise (a request for time) are
 * ACKNOWLEDGMENTs; FORMAL_NOTICE_SENT is a FORMAL_DEMAND with its date certaine; a payment the debtor
 * allocated is a PART_PAYMENT of that invoice with its date certaine. The pack decides what counts.
 *
 * <h2>Completeness</h2>
 * {@link org.bordereau.rules.CompletenessChecker} runs {@code rules/{MA,FR}/completeness.json} (index
 * {@code rules/completeness-packs.txt}, loaded by {@link org.bordereau.rules.CompletenessPacks}) on a
 * case: each rule names a check (code, in {@code Checks}: CLAIMS_PRESENT, INVOICE_DOCUMENTS,
 * BACKING_DOCUMENTS, WRITTEN_EXCHANGES, REMINDERS, AMOUNTS_RECONCILE, DEBTOR_IDENTIFIED, DECISION_MAKER,
 * CLAIMS_DUE, PRESCRIPTION, DISPUTES_ANSWERED, FORMAL_NOTICE, INJONCTION_ELIGIBILITY) with its params,
 * a severity per phase ({@code amicable}, {@code litigation}: blocking, warning, or absent = does not
 * apply), its legal source where there is one, and its texts in fr, ar and en (title, message per
 * status with {@code {placeholders}}, fix hints). Pack {@code terms} hold the words checks put in
 * messages. A check answers ok, missing or warning with the evidence it looked at (document ids,
 * event seqs, invoice numbers); a file is ready for a phase when no rule blocking there is missing.
 * Adding a jurisdiction is adding its pack; a new kind of rule is a new {@code Check}.
 * <ul>
 * <li><b>Documents behind a claim</b>: those it links to; for the invoice, also an INVOICE document
 * whose extracted number is the claim's. Contract/quote/order and delivery proof linked to the claim
 * are ok; present on the case but linked to no claim, a warning (link them).</li>
 * <li><b>Formal notice</b>: a FORMAL_NOTICE_SENT event whose {@code proofDocumentId} is a document
 * of the case (deposit slip, receipt, bailiff's act); usable for litigation once its deadline is
 * over; by plain e-mail, a warning.</li>
 * <li><b>Prescription</b>: {@code Prescription} with the pack's years and interruptions; warning
 * within {@code warnMonths} (6). Unallocated payments are not counted there, which can only make
 * the warning come earlier.</li>
 * <li><b>Injonction de payer (MA)</b>: balance above 5 000 MAD, a written title (contract, quote,
 * order, or the debtor's acknowledgment), no open dispute, no insolvency sign noted; never blocking.</li>
 * </ul>
 *
 * <h2>Follow-up and escalation</h2>
 * {@link org.bordereau.rules.FollowUps} answers "what is due on this case today" and builds the
 * tenant's work queue: {@code FollowUpCommitments} (promises and the plan in force: kept, kept late,
 * partly kept, missed — flagged the day after the due date — coming due, and the plan's acceleration
 * clause), {@code FollowUpEscalation} (DESIGN.md §1's criteria, each reason with the event seqs it
 * rests on), {@code NextActions} (one next step and the letter to send, in a fixed order), the
 * scheduled reminder (last contact + the stage's cadence) and the statement's figures on the day.
 * Parameters are a {@link org.bordereau.rules.FollowUpRules}: bundled defaults in
 * {@code rules/follow-up.json}, a tenant's own copy through {@link org.bordereau.rules.FollowUpSettings}
 * (stored by {@code cases.TenantSettings}); words in {@code rules/follow-up-texts.json} (fr, ar, en).
 * Facts dated after the day asked are not looked at. Worked example: {@code PlanWorkedExampleTest}.
 */
package org.bordereau.rules;
