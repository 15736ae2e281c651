package org.bordereau.render;

import java.util.List;
import org.bordereau.cases.Contact;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Party;
import org.bordereau.render.DocumentViews.BasisRow;
import org.bordereau.render.DocumentViews.InvoiceRow;
import org.bordereau.render.DocumentViews.PaymentRow;
import org.bordereau.render.DocumentViews.Plan;
import org.bordereau.render.DocumentViews.Totals;
import org.bordereau.render.DocumentViews.Verification;

/**
 * The data of a letter template ({@code templates/{lang}/{kind}.ftl}), formatted in its language.
 *
 * @param jurisdiction MA or FR: the template picks the legal basis and the procedure that follows
 * @param asOf the day the amounts are computed for (the statement's date)
 * @param deadline the last day given to the debtor, written out
 * @param totalDueWords the total due in words, for the acknowledgment of debt and the plan
 * @param decisionMaker the person addressed at the debtor, or null
 * @param plan the payment plan ({@link LetterKind#ECHEANCIER}), else null
 * @param paymentsToInterest some payment paid interest before principal (FR C. civ. 1343-1)
 * @param treasuryFine MA: the debtor may also owe a fine to the Treasury (Loi 69-21); mentioned, never claimed
 * @param basis the rules the statement's figures rest on, with their sources
 */
public record LetterModel(String kind, String language, String jurisdiction, String currency, String issueDate,
        String asOf, String deadline, int deadlineDays, Party creditor, Party debtor, Contact decisionMaker,
        List<InvoiceRow> invoices, List<PaymentRow> payments, Totals totals, String totalDueWords, Plan plan,
        boolean paymentsToInterest, boolean treasuryFine, List<BasisRow> basis, Verification verification) {

    public LetterModel {
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        basis = List.copyOf(basis);
    }
}
