package org.bordereau.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.LetterKind;
import org.bordereau.rules.Statement;

/**
 * Everything a letter says, fixed before rendering: the case as it stood ({@code chainHead} is its
 * event-chain head, printed on the letter), the statement of account on {@code date}, the deadline,
 * the plan for an échéancier, copies of the unpaid invoices to append (PDF files), and whether the
 * seal is the development key (the letter must then say so).
 */
public record LetterDraft(
        String tenant,
        String letterId,
        LetterKind kind,
        String language,
        Case file,
        Statement statement,
        LocalDate date,
        LocalDate deadline,
        LetterRequest.PlanTerms plan,
        List<Path> appendedInvoices,
        String chainHead,
        boolean developmentSeal) {

    public LetterDraft {
        appendedInvoices = appendedInvoices == null ? List.of() : List.copyOf(appendedInvoices);
    }
}
