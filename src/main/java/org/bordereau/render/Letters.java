package org.bordereau.render;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.cases.Violation;
import org.bordereau.render.DocumentViews.InstalmentRow;
import org.bordereau.render.DocumentViews.Plan;
import org.bordereau.render.DocumentViews.Verification;

/**
 * Letters to the debtor ({@link LetterKind}) in fr, ar or en, for Moroccan and French cases: the case
 * and its statement of account become a {@link LetterModel}, the kind's template lays it out, and
 * the result is an unsigned PDF/A-3b (signing comes after, in {@code sign}). Thread-safe.
 */
public final class Letters {
    static final int MAX_DEADLINE_DAYS = 90;

    private final FoRenderer renderer;
    private final Map<Language, Formats> formats;

    public Letters(FoRenderer renderer) {
        this.renderer = renderer;
        this.formats = Formats.load();
    }

    /**
     * The letter as PDF/A-3b bytes with its page count.
     *
     * @throws InvalidCommandException when the letter cannot say something true: nothing is due, no
     *         plan for an ECHEANCIER, a deadline out of range (every problem at once)
     */
    public RenderedPdf render(LetterRequest request) {
        return renderer.render(request.tenant(), request.language(), template(request.kind()), model(request));
    }

    /** The template of a kind of letter: {@code templates/{lang}/{kind in lower case}.ftl}, e.g. {@code relance.ftl}. */
    static String template(LetterKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** As {@link #render(LetterRequest)}, streamed; returns the page count. */
    public int write(LetterRequest request, OutputStream out) {
        return renderer.render(request.tenant(), request.language(), template(request.kind()), model(request), out);
    }

    /** The data the template receives; public so that a tenant's template author can see what there is. */
    public LetterModel model(LetterRequest r) {
        PaymentPlan plan = r.kind() == LetterKind.ECHEANCIER ? planOf(r) : null;
        check(r, plan);
        Formats f = formats.get(r.language());
        StatementViews views = new StatementViews(f, r.statement());
        String jurisdiction = r.file().jurisdiction();
        BigDecimal totalDue = r.statement().totals().totalDue();
        return new LetterModel(r.kind().name(), r.language().code(), jurisdiction, r.statement().currency(),
                views.date(r.issueDate()), views.date(r.statement().asOf()),
                views.date(r.issueDate().plusDays(r.deadlineDays())), r.deadlineDays(), r.file().creditor(),
                r.file().debtor(), r.file().decisionMaker(), views.dueInvoices(), views.payments(r.file()),
                views.totals(), f.words(totalDue, r.statement().currency()),
                plan == null ? null : plan(plan, totalDue, f, views, r.statement().currency()), views.paymentsToInterest(),
                views.treasuryFine(), views.basis(), new Verification(r.file().reference(), r.letterId(), r.chainHead(), r.developmentSeal()));
    }

    private static PaymentPlan planOf(LetterRequest r) {
        return r.plan() != null ? r.plan() : r.file().recovery().commitments().currentPlan().orElse(null);
    }

    private static void check(LetterRequest r, PaymentPlan plan) {
        List<Violation> problems = new ArrayList<>();
        if (r.deadlineDays() < 1 || r.deadlineDays() > MAX_DEADLINE_DAYS) {
            problems.add(new Violation("deadlineDays", "must be between 1 and " + MAX_DEADLINE_DAYS + " days"));
        }
        if (r.statement().totals().totalDue().signum() <= 0) {
            problems.add(new Violation("kind", "nothing is due on this case on " + r.statement().asOf()
                    + ": a letter claiming payment would be false; record the claims first"));
        }
        if (r.kind() == LetterKind.ECHEANCIER && (plan == null || plan.instalments().isEmpty())) {
            problems.add(new Violation("plan", "an ECHEANCIER needs instalments: give a plan or record PLAN_AGREED"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private static Plan plan(PaymentPlan plan, BigDecimal totalDue, Formats f, StatementViews views, String currency) {
        List<InstalmentRow> rows = new ArrayList<>();
        LocalDate last = null;
        for (Instalment instalment : plan.instalments()) {
            rows.add(new InstalmentRow(rows.size() + 1, views.date(instalment.dueDate()), views.number(instalment.amount())));
            last = last == null || instalment.dueDate().isAfter(last) ? instalment.dueDate() : last;
        }
        BigDecimal waived = totalDue.subtract(plan.total());
        boolean hasSecurity = plan.security() != null && !plan.security().isBlank();
        return new Plan(f.amount(plan.total(), currency), f.words(plan.total(), currency), rows,
                hasSecurity ? plan.security().strip() : null, waived.signum() > 0 ? f.amount(waived, currency) : null,
                views.date(last), plan.accelerationGraceDays());
    }
}
