package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.IssuedLetter;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Interaction;

/**
 * Checks on the pieces of the file (DESIGN.md §1, LEGAL.md §6): invoices with their due dates, the
 * contract, quote or order behind them, proof of delivery, written exchanges, reminders.
 */
final class EvidenceChecks {
    private EvidenceChecks() {}

    static List<Check> all() {
        return List.of(
                Check.of("INVOICE_DOCUMENTS", true, true, Set.of("invoices", "count"), EvidenceChecks::invoices),
                Check.of("BACKING_DOCUMENTS", true, true, Set.of("invoices", "count"), EvidenceChecks::backing)
                        .withParams(EvidenceChecks::kindProblems),
                Check.of("WRITTEN_EXCHANGES", true, false, Set.of("count"), EvidenceChecks::exchanges),
                Check.of("REMINDERS", true, false, Set.of("count", "date"), EvidenceChecks::reminders));
    }

    /** Every claim has its invoice document, showing the due date claimed (FR C. com. L441-9). */
    private static Finding invoices(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        List<String> missing = new ArrayList<>();
        List<String> noDueDate = new ArrayList<>();
        for (Claim claim : review.claims()) {
            evidence.claim(claim.invoiceNumber());
            List<Document> invoices = review.invoices(claim);
            invoices.forEach(d -> evidence.document(d.id()));
            if (invoices.isEmpty()) {
                missing.add(claim.invoiceNumber());
            } else if (invoices.stream().noneMatch(d -> Review.field(d, "dueDate").flatMap(Review::parseDate)
                    .filter(claim.dueDate()::equals).isPresent())) {
                noDueDate.add(claim.invoiceNumber());
            }
        }
        return tally(evidence.build(), missing, noDueDate, review.claims().size());
    }

    /** Every claim is backed by a document of the given kinds, linked to it or to the whole case. */
    private static Finding backing(Review review, JsonNode params) {
        Set<DocumentKind> kinds = kinds(params);
        Evidence.Builder evidence = new Evidence.Builder();
        List<Document> caseWide = review.unlinked(kinds);
        List<String> missing = new ArrayList<>();
        List<String> notLinked = new ArrayList<>();
        for (Claim claim : review.claims()) {
            evidence.claim(claim.invoiceNumber());
            List<Document> linked = review.linkedTo(claim, kinds);
            linked.forEach(d -> evidence.document(d.id()));
            if (linked.isEmpty() && caseWide.isEmpty()) {
                missing.add(claim.invoiceNumber());
            } else if (linked.isEmpty()) {
                notLinked.add(claim.invoiceNumber());
            }
        }
        if (!notLinked.isEmpty()) {
            caseWide.forEach(d -> evidence.document(d.id()));
        }
        return tally(evidence.build(), missing, notLinked, review.claims().size());
    }

    /** Correspondence with the debtor is in the file: letters, e-mails kept as documents. */
    private static Finding exchanges(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        int written = 0;
        for (Document d : review.ofKinds(EnumSet.of(DocumentKind.CORRESPONDENCE))) {
            evidence.document(d.id());
            written++;
        }
        int loggedOnly = 0;
        for (Interaction i : review.file.recovery().interactions()) {
            if (i.channel() == Interaction.Channel.EMAIL) {
                evidence.event(i.seq()).documents(i.documentIds());
                if (i.documentIds().isEmpty()) {
                    loggedOnly++;
                } else {
                    written++;
                }
            }
        }
        if (written > 0) {
            return Finding.ok(evidence.build(), "count", written);
        }
        return loggedOnly > 0 ? Finding.warning(evidence.build(), "count", loggedOnly) : Finding.missing(Evidence.NONE);
    }

    /** Reminders (relances) were sent, in writing, before the first formal notice. */
    private static Finding reminders(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        List<LocalDate> dates = new ArrayList<>();
        for (Document d : review.ofKinds(EnumSet.of(DocumentKind.REMINDER))) {
            evidence.document(d.id());
            dates.add(review.dateOf(d));
        }
        for (Interaction i : review.file.recovery().interactions()) {
            if (i.channel() == Interaction.Channel.EMAIL && i.direction() == Interaction.Direction.OUTGOING) {
                evidence.event(i.seq()).documents(i.documentIds());
                dates.add(i.date());
            }
        }
        for (IssuedLetter l : review.file.outputs().letters()) {
            if (l.kind() == LetterKind.RELANCE) { // a reminder this service issued counts as one sent
                evidence.event(l.seq());
                dates.add(l.date());
            }
        }
        if (dates.isEmpty()) {
            return Finding.missing(Evidence.NONE);
        }
        Optional<LocalDate> firstNotice = review.file.recovery().notices().stream().map(FormalNotice::date)
                .min(LocalDate::compareTo);
        if (firstNotice.isPresent() && dates.stream().noneMatch(d -> d.isBefore(firstNotice.get()))) {
            return Finding.warning(evidence.build(), "date", firstNotice.get(), "count", dates.size());
        }
        return Finding.ok(evidence.build(), "count", dates.size());
    }

    private static Finding tally(Evidence evidence, List<String> missing, List<String> warned, int count) {
        if (!missing.isEmpty()) {
            return Finding.missing(evidence, "invoices", missing, "count", count);
        }
        if (!warned.isEmpty()) {
            return Finding.warning(evidence, "invoices", warned, "count", count);
        }
        return Finding.ok(evidence, "count", count);
    }

    /** {@code params.kinds}: a non-empty list of {@link DocumentKind} names. */
    static List<String> kindProblems(JsonNode params) {
        JsonNode list = params == null ? null : params.get("kinds");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return List.of("params.kinds must list document kinds");
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode kind : list) {
            if (java.util.Arrays.stream(DocumentKind.values()).noneMatch(k -> k.name().equals(kind.asText()))) {
                problems.add("params.kinds: unknown document kind " + kind);
            }
        }
        return problems;
    }

    static Set<DocumentKind> kinds(JsonNode params) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        JsonNode list = params == null ? null : params.get("kinds");
        if (list != null && list.isArray()) {
            for (JsonNode kind : list) {
                for (DocumentKind k : DocumentKind.values()) {
                    if (k.name().equals(kind.asText())) {
                        kinds.add(k);
                    }
                }
            }
        }
        return kinds;
    }
}
