package org.bordereau.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.LetterKind;

/**
 * What an agent asks for: a kind, a language ({@code fr}, {@code ar}, {@code en}), for a formal
 * notice or reminder the days the debtor is given (defaults per kind in {@code letters/defaults.json}),
 * for a payment plan its terms (else the plan last agreed on the case), and whether copies of the
 * unpaid invoices follow the letter.
 */
public record LetterRequest(LetterKind kind, String language, Integer deadlineDays, PlanTerms plan,
                            boolean appendInvoices) {

    /**
     * The terms of an échéancier: instalments, the security given if any, and the acceleration clause
     * ({@code accelerationGraceDays}: days after a missed instalment before the whole balance falls due;
     * null: no clause).
     */
    public record PlanTerms(List<Instalment> instalments, String security, Integer accelerationGraceDays) {
        public PlanTerms {
            instalments = instalments == null ? List.of() : List.copyOf(instalments);
        }
    }

    public record Instalment(LocalDate dueDate, BigDecimal amount) {}
}
