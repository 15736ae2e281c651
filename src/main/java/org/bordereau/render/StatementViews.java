package org.bordereau.render;

import java.math.BigDecimal;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.render.DocumentViews.BasisRow;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.render.DocumentViews.PaymentRow;
import org.bordereau.render.DocumentViews.Totals;
import org.bordereau.rules.Statement;
import org.bordereau.rules.StatementLine;
import org.bordereau.rules.StatementTotals;

/** The statement's figures as a document in one language prints them. */
final class StatementViews {
    private final Formats formats;
    private final Statement statement;

    StatementViews(Formats formats, Statement statement) {
        this.formats = formats;
        this.statement = statement;
    }

    /** The invoices on which something is still due (principal, interest or indemnity). */
    List<InvoiceRow> dueInvoices() {
        return statement.lines().stream().filter(l -> l.balance().signum() > 0).map(this::row).toList();
    }

    List<InvoiceRow> allInvoices() {
        return statement.lines().stream().map(this::row).toList();
    }

    InvoiceRow row(StatementLine line) {
        return new InvoiceRow(line.invoiceNumber(), shortDate(line.issueDate()), shortDate(line.dueDate()),
                number(line.principal()), number(line.paid()),
                line.paidToInterest().signum() > 0 ? number(line.paidToInterest()) : null, number(line.outstanding()),
                line.daysLate(), number(line.interest()), number(line.indemnities()), number(line.balance()));
    }

    /** The debtor's payments up to the statement's date, in the order received. */
    List<PaymentRow> payments(Case file) {
        return file.recovery().payments().stream().filter(p -> !p.date().isAfter(statement.asOf()))
                .map(p -> new PaymentRow(shortDate(p.date()), p.reference() == null ? "" : p.reference(), number(p.amount())))
                .toList();
    }

    Totals totals() {
        StatementTotals t = statement.totals();
        return new Totals(amount(t.principal()), amount(t.paid()), amount(t.outstanding()), amount(t.interest()),
                amount(t.indemnities()), amount(t.totalDue()), t.credit().signum() > 0 ? amount(t.credit()) : null,
                t.interest().signum() > 0, t.indemnities().signum() > 0);
    }

    List<BasisRow> basis() {
        return statement.basis().stream().map(b -> new BasisRow(b.rule(), b.source())).toList();
    }

    boolean treasuryFine() {
        return statement.information() != null && statement.information().treasuryFine() != null
                && statement.information().treasuryFine().total().signum() > 0;
    }

    String date(java.time.LocalDate day) {
        return day == null ? "" : formats.date(day, statement.jurisdiction());
    }

    String shortDate(java.time.LocalDate day) {
        return day == null ? "" : formats.shortDate(day);
    }

    /** Some payment went to interest before principal (FR C. civ. 1343-1): the letter must say why. */
    boolean paymentsToInterest() {
        return statement.totals().paidToInterest().signum() > 0;
    }

    String number(BigDecimal value) {
        return formats.number(value);
    }

    String amount(BigDecimal value) {
        return formats.amount(value, statement.currency());
    }
}
