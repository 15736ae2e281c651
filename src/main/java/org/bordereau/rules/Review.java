package org.bordereau.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.ExtractedField;

/**
 * A case under review on a given day, with the lookups the checks share: documents by kind, the
 * documents behind a claim, the date of a document. {@code latePayment} is the jurisdiction's pack
 * (prescription rules).
 */
final class Review {
    final Case file;
    final LocalDate asOf;
    final RulePack latePayment;
    private final Set<String> linked = new HashSet<>();
    private final StatementCalculator calculator;
    private Statement statement;

    Review(Case file, LocalDate asOf, RulePack latePayment, StatementCalculator calculator) {
        this.file = file;
        this.asOf = asOf;
        this.latePayment = latePayment;
        this.calculator = calculator;
        file.recovery().claims().forEach(c -> linked.addAll(c.documentIds()));
    }

    /** The statement on {@code asOf}, computed once, when a check needs it (claims only). */
    Statement statement() {
        if (statement == null) {
            statement = calculator.compute(StatementInputs.request(file, asOf));
        }
        return statement;
    }

    List<Claim> claims() {
        return file.recovery().claims();
    }

    List<Document> ofKinds(Set<DocumentKind> kinds) {
        return file.documents().stream().filter(d -> kinds.contains(d.kind())).toList();
    }

    /** Documents of these kinds the claim links to. */
    List<Document> linkedTo(Claim claim, Set<DocumentKind> kinds) {
        return claim.documentIds().stream().map(file::document).flatMap(Optional::stream)
                .filter(d -> kinds.contains(d.kind())).toList();
    }

    /** Documents of these kinds no claim links to: evidence for the case as a whole (a framework contract). */
    List<Document> unlinked(Set<DocumentKind> kinds) {
        return ofKinds(kinds).stream().filter(d -> !linked.contains(d.id())).toList();
    }

    /**
     * The invoice documents of a claim: those it links to, or else those whose extracted invoice
     * number is the claim's (the same invoice, even if the agent did not link it).
     */
    List<Document> invoices(Claim claim) {
        List<Document> linkedInvoices = linkedTo(claim, Set.of(DocumentKind.INVOICE));
        if (!linkedInvoices.isEmpty()) {
            return linkedInvoices;
        }
        return ofKinds(Set.of(DocumentKind.INVOICE)).stream().filter(d -> field(d, "invoiceNumber")
                .filter(n -> n.strip().equalsIgnoreCase(claim.invoiceNumber().strip())).isPresent()).toList();
    }

    static Optional<String> field(Document d, String name) {
        return Optional.ofNullable(d.fields().get(name)).map(ExtractedField::value).filter(v -> !v.isBlank());
    }

    /** The day a document was written: its issue date, else its e-mail date, else the day it was added. */
    LocalDate dateOf(Document d) {
        Optional<LocalDate> issued = field(d, "issueDate").flatMap(Review::parseDate);
        if (issued.isPresent()) {
            return issued.get();
        }
        String sent = d.metadata().get("date");
        if (sent != null) {
            try {
                return LocalDate.ofInstant(Instant.parse(sent), CaseDates.zone(file.jurisdiction()));
            } catch (DateTimeException e) {
                // ingestion writes ISO instants; anything else falls back to the upload day below
            }
        }
        return LocalDate.ofInstant(d.addedAt(), CaseDates.zone(file.jurisdiction()));
    }

    static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
