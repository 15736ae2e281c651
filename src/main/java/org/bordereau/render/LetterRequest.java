package org.bordereau.render;

import java.time.LocalDate;
import java.util.Objects;
import org.bordereau.cases.Case;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.rules.Statement;

/**
 * Everything a letter says comes from here.
 *
 * @param tenant whose template overrides apply (null: bundled templates only)
 * @param file the case as projected now
 * @param statement its statement of account on the issue date (or the date the letter is "arrêtée")
 * @param deadlineDays days from {@code issueDate} to the deadline given to the debtor (> 0)
 * @param plan for {@link LetterKind#ECHEANCIER}: the plan proposed; null takes the case's plan in force
 * @param letterId the id the letter is stored and verified under
 * @param chainHead the case's event-chain head when the letter is issued
 * @param developmentSeal the signing key is a development key: every page says so
 */
public record LetterRequest(String tenant, LetterKind kind, Language language, Case file, Statement statement,
        int deadlineDays, PaymentPlan plan, LocalDate issueDate, String letterId, String chainHead,
        boolean developmentSeal) {

    public LetterRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(chainHead, "chainHead");
    }

    /** The default time given to the debtor when the caller names none. */
    public static final int DEFAULT_DEADLINE_DAYS = 8;
}
