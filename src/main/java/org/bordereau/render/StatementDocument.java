package org.bordereau.render;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bordereau.cases.Case;
import org.bordereau.cases.Party;
import org.bordereau.render.DocumentViews.BasisRow;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.render.DocumentViews.PaymentRow;
import org.bordereau.render.DocumentViews.Totals;
import org.bordereau.render.DocumentViews.Verification;
import org.bordereau.rules.InterestPeriod;
import org.bordereau.rules.Statement;
import org.bordereau.rules.StatementTexts;
import org.bordereau.rules.StatementLine;

/**
 * The statement of account ({@code rules.Statement}) as a PDF/A-3b document in fr, ar or en
 * (template {@code templates/{lang}/statement.ftl}): every invoice with its interest periods, the
 * payments, the totals, the legal basis with sources, and the warnings the rules engine raised.
 * Thread-safe.
 */
public final class StatementDocument {
    static final String TEMPLATE = "statement";

    private final FoRenderer renderer;
    private final Map<Language, Formats> formats;
    private final StatementTexts texts = StatementTexts.load();

    public StatementDocument(FoRenderer renderer) {
        this.renderer = renderer;
        this.formats = Formats.load();
    }

    /**
     * @param tenant whose template overrides apply, or null
     * @param documentId the id the PDF is stored and verified under
     * @param chainHead the case's event-chain head when the statement is issued
     */
    public record Request(String tenant, Language language, Case file, Statement statement, LocalDate issueDate,
            String documentId, String chainHead, boolean developmentSeal) {
        public Request {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(chainHead, "chainHead");
        }
    }

    /** One interest period of an invoice: from, to (short dates), days, base, yearly rate, interest. */
    public record PeriodRow(String from, String to, long days, String base, String rate, String interest) {}

    /** An invoice of the statement with its interest periods and its prescription date (written out). */
    public record StatementRow(InvoiceRow invoice, List<PeriodRow> periods, String prescriptionDate) {}

    /**
     * The data of {@code statement.ftl}.
     *
     * @param treasuryFine MA: the estimated Treasury fine the debtor is exposed to, never claimed; or null
     * @param warnings the rules engine's warnings in the statement's language
     */
    public record Model(String language, String jurisdiction, String currency, String asOf, String issueDate,
            Party creditor, Party debtor, List<StatementRow> lines, List<PaymentRow> payments, Totals totals,
            boolean paymentsToInterest, List<BasisRow> basis, String treasuryFine, List<String> warnings,
            Verification verification) {}

    public RenderedPdf render(Request request) {
        return renderer.render(request.tenant(), request.language(), TEMPLATE, model(request));
    }

    /** As {@link #render(Request)}, streamed; returns the page count. */
    public int write(Request request, OutputStream out) {
        return renderer.render(request.tenant(), request.language(), TEMPLATE, model(request), out);
    }

    public Model model(Request r) {
        Formats f = formats.get(r.language());
        Statement s = r.statement();
        StatementViews views = new StatementViews(f, s);
        List<StatementRow> rows = s.lines().stream().map(line -> row(line, views, f)).toList();
        String fine = views.treasuryFine() ? views.amount(s.information().treasuryFine().total()) : null;
        return new Model(r.language().code(), s.jurisdiction(), s.currency(), views.date(s.asOf()),
                views.date(r.issueDate()), r.file().creditor(), r.file().debtor(), rows, views.payments(r.file()),
                views.totals(), views.paymentsToInterest(), views.basis(), fine, texts.say(s.notices(), r.language().code()),
                new Verification(r.file().reference(), r.documentId(), r.chainHead(), r.developmentSeal()));
    }

    private static StatementRow row(StatementLine line, StatementViews views, Formats f) {
        List<PeriodRow> periods = line.periods().stream().map((InterestPeriod p) -> new PeriodRow(
                views.shortDate(p.from()), views.shortDate(p.to()), p.days(), views.number(p.base()),
                f.percent(p.rate()), views.number(p.interest()))).toList();
        return new StatementRow(views.row(line), periods, views.date(line.prescriptionDate()));
    }
}
