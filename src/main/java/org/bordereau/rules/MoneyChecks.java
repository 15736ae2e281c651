package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Document;
import org.bordereau.cases.Payment;
import org.bordereau.cases.ProposedClaim;

/** Checks on the claims and their amounts: there are claims, they reconcile with invoices and payments, they are due. */
final class MoneyChecks {
    private MoneyChecks() {}

    static List<Check> all() {
        return List.of(
                Check.of("CLAIMS_PRESENT", false, false, Set.of("count", "proposed"), MoneyChecks::present),
                Check.of("AMOUNTS_RECONCILE", true, true, Set.of("details"), MoneyChecks::reconcile),
                Check.of("CLAIMS_DUE", true, true, Set.of("invoices"), MoneyChecks::due));
    }

    /** At least one claim is confirmed; invoices read but not confirmed are pointed at. */
    private static Finding present(Review review, JsonNode params) {
        if (!review.claims().isEmpty()) {
            Evidence.Builder evidence = new Evidence.Builder();
            review.claims().forEach(c -> evidence.claim(c.invoiceNumber()).event(c.seq()));
            return Finding.ok(evidence.build(), "count", review.claims().size());
        }
        Evidence.Builder evidence = new Evidence.Builder();
        List<ProposedClaim> proposed = ProposedClaim.of(review.file);
        proposed.forEach(p -> evidence.document(p.documentId()));
        return Finding.missing(evidence.build(), "proposed", proposed.size());
    }

    /**
     * Declared claims against the amounts read on their invoices (amountDue, else totalAmount) and
     * against the payments. Missing: a claim above its invoice, an invoice in another currency, more
     * paid on an invoice than claimed. Warning: a claim below its invoice (a partial claim must be
     * explained), an invoice without a readable amount, payments above the claims.
     */
    private static Finding reconcile(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        List<String> wrong = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        for (Claim claim : review.claims()) {
            evidence.claim(claim.invoiceNumber()).event(claim.seq());
            for (Document invoice : review.invoices(claim)) {
                evidence.document(invoice.id());
                compare(review, claim, invoice, wrong, doubtful);
            }
        }
        Map<String, BigDecimal> allocated = new HashMap<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (Payment p : review.file.recovery().payments()) {
            evidence.event(p.seq());
            paid = paid.add(p.amount());
            if (p.allocatedTo() != null) {
                allocated.merge(p.allocatedTo(), p.amount(), BigDecimal::add);
            }
        }
        allocated.forEach((number, sum) -> review.file.recovery().claim(number)
                .filter(c -> sum.compareTo(c.amount()) > 0)
                .ifPresent(c -> wrong.add(number + ": " + plain(sum) + " > " + plain(c.amount()))));
        BigDecimal claimed = review.claims().stream().map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (paid.compareTo(claimed) > 0) {
            doubtful.add(plain(paid) + " > " + plain(claimed));
        }
        if (!wrong.isEmpty()) {
            return Finding.missing(evidence.build(), "details", wrong);
        }
        return doubtful.isEmpty() ? Finding.ok(evidence.build()) : Finding.warning(evidence.build(), "details", doubtful);
    }

    private static void compare(Review review, Claim claim, Document invoice, List<String> wrong,
            List<String> doubtful) {
        String number = claim.invoiceNumber();
        Review.field(invoice, "currency").filter(c -> !c.equals(review.file.currency()))
                .ifPresent(c -> wrong.add(number + ": " + c + " ≠ " + review.file.currency()));
        String field = invoice.fields().containsKey("amountDue") ? "amountDue" : "totalAmount";
        BigDecimal read = Review.field(invoice, field).map(MoneyChecks::decimal).orElse(null);
        if (read == null) {
            doubtful.add(number + ": ?");
        } else if (claim.amount().compareTo(read) > 0) {
            wrong.add(number + ": " + plain(claim.amount()) + " > " + plain(read));
        } else if (claim.amount().compareTo(read) < 0) {
            doubtful.add(number + ": " + plain(claim.amount()) + " < " + plain(read));
        }
    }

    /** A claim can be pursued only once due (MA CPC art. 155: "exigible"; FR CPC 1405). */
    private static Finding due(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        List<String> notDue = new ArrayList<>();
        for (Claim claim : review.claims()) {
            evidence.claim(claim.invoiceNumber());
            if (!claim.dueDate().isBefore(review.asOf)) {
                notDue.add(claim.invoiceNumber() + " (" + claim.dueDate() + ")");
            }
        }
        if (notDue.size() == review.claims().size()) {
            return Finding.missing(evidence.build(), "invoices", notDue);
        }
        return notDue.isEmpty() ? Finding.ok(evidence.build()) : Finding.warning(evidence.build(), "invoices", notDue);
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null; // an unreadable amount is reported as such by the caller
        }
    }

    static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
