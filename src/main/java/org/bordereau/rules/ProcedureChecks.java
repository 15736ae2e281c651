package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bordereau.cases.Dispute;
import org.bordereau.cases.FormalNotice;
import org.bordereau.cases.IssuedLetter;

/** Checks on the procedure: prescription, disputes answered, a formal notice proven sent. */
final class ProcedureChecks {
    private ProcedureChecks() {}

    static List<Check> all() {
        return List.of(
                Check.of("PRESCRIPTION", true, true, Set.of("invoices", "date"), ProcedureChecks::prescription)
                        .withParams(params -> params != null && params.path("warnMonths").canConvertToInt()
                                && params.path("warnMonths").asInt() > 0
                                ? List.of() : List.of("params.warnMonths must be a whole number of months > 0")),
                Check.of("DISPUTES_ANSWERED", true, false, Set.of("disputes"), ProcedureChecks::disputes),
                Check.of("FORMAL_NOTICE", true, false, Set.of("date", "reasons"), ProcedureChecks::notice)
                        .withTerms("noNoticeWithProof", "noticeByEmail", "deadlineRunning", "notCovered"));
    }

    /**
     * No claim still owed is prescribed, none will be within {@code params.warnMonths}: the statement's
     * prescription date of each invoice — due date + the pack's years (MA C. com. art. 5, FR C. com.
     * L110-4), restarted by the interruptions the pack counts, payments included on the invoice the
     * ledger put them on (MA: with date certaine, DOC art. 382). An invoice on which nothing is due any
     * more cannot block the case.
     */
    private static Finding prescription(Review review, JsonNode params) {
        List<StatementInputs.Sourced> facts = StatementInputs.sourced(review.file);
        LocalDate warnFrom = review.asOf.plusMonths(params.get("warnMonths").asInt());
        Evidence.Builder evidence = new Evidence.Builder();
        List<String> prescribed = new ArrayList<>();
        List<String> soon = new ArrayList<>();
        LocalDate earliest = null;
        for (StatementLine line : review.claims().isEmpty() ? List.<StatementLine>of() : review.statement().lines()) {
            if (line.balance().signum() <= 0) {
                continue;
            }
            evidence.claim(line.invoiceNumber());
            for (StatementInputs.Sourced fact : facts) {
                if (fact.interruption().concerns(line.invoiceNumber())) {
                    evidence.event(fact.seq());
                }
            }
            LocalDate last = line.prescriptionDate();
            earliest = earliest == null || last.isBefore(earliest) ? last : earliest;
            if (last.isBefore(review.asOf)) {
                prescribed.add(line.invoiceNumber() + " (" + last + ")");
            } else if (last.isBefore(warnFrom)) {
                soon.add(line.invoiceNumber() + " (" + last + ")");
            }
        }
        if (!prescribed.isEmpty()) {
            return Finding.missing(evidence.build(), "invoices", prescribed, "date", earliest);
        }
        return soon.isEmpty() ? Finding.ok(evidence.build(), "date", earliest)
                : Finding.warning(evidence.build(), "invoices", soon, "date", earliest);
    }

    /** Every written dispute has an answer; an oral one should be asked for in writing (DESIGN.md §1). */
    private static Finding disputes(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        List<String> open = new ArrayList<>();
        List<String> oral = new ArrayList<>();
        for (Dispute d : review.file.recovery().disputes()) {
            evidence.event(d.seq()).documents(d.documentIds());
            if (d.answer() != null) {
                evidence.event(d.answer().seq()).documents(d.answer().documentIds());
            } else if (d.written()) {
                open.add("#" + d.seq() + " (" + d.date() + ")");
            } else {
                oral.add("#" + d.seq() + " (" + d.date() + ")");
            }
        }
        if (!open.isEmpty()) {
            return Finding.missing(evidence.build(), "disputes", open);
        }
        return oral.isEmpty() ? Finding.ok(evidence.build()) : Finding.warning(evidence.build(), "disputes", oral);
    }

    /**
     * A formal notice was sent with proof of dispatch (a document on the case) and the deadline it gave
     * has run out: before that, the debtor still has the time the creditor granted. A warning when it
     * went by plain e-mail (a weak proof of dispatch).
     */
    /**
     * The invoices still owed and past due that no proven notice puts in default: a notice concerns the
     * invoices it names (all of them when it names none) and only those already due when it was sent.
     */
    private static List<String> uncovered(Review review) {
        List<FormalNotice> proven = review.file.recovery().notices().stream()
                .filter(n -> n.proofDocumentId() != null && review.file.document(n.proofDocumentId()).isPresent())
                .toList();
        List<String> uncovered = new ArrayList<>();
        for (StatementLine line : review.statement().lines()) {
            if (line.balance().signum() <= 0 || !line.dueDate().isBefore(review.asOf)) {
                continue;
            }
            boolean covered = proven.stream().anyMatch(n -> n.date().isAfter(line.dueDate())
                    && (n.invoiceNumbers().isEmpty() || n.invoiceNumbers().stream()
                            .anyMatch(number -> number.strip().equalsIgnoreCase(line.invoiceNumber()))));
            if (!covered) {
                uncovered.add(line.invoiceNumber());
            }
        }
        return uncovered;
    }

    private static Finding notice(Review review, JsonNode params) {
        Evidence.Builder evidence = new Evidence.Builder();
        review.file.recovery().notices().forEach(n -> evidence.event(n.seq()).document(n.letterDocumentId()));
        Optional<FormalNotice> proven = review.file.recovery().notices().stream()
                .filter(n -> n.proofDocumentId() != null && review.file.document(n.proofDocumentId()).isPresent())
                .max(Comparator.comparing(FormalNotice::date).thenComparingLong(FormalNotice::seq));
        if (proven.isEmpty()) {
            Optional<IssuedLetter> issued = review.file.outputs().letters().stream()
                    .filter(l -> l.kind().isFormalNotice()).reduce((first, second) -> second);
            if (issued.isPresent()) {
                // Issued here but not yet shown to have left: the agent records dispatch and its proof.
                evidence.event(issued.get().seq());
                return Finding.missing(evidence.build(), "reasons",
                        List.of(new Finding.Term("letterIssuedNoProof", " " + issued.get().date())));
            }
            return Finding.missing(evidence.build(), "reasons", List.of(new Finding.Term("noNoticeWithProof")));
        }
        FormalNotice notice = proven.get();
        evidence.document(notice.proofDocumentId());
        List<String> uncovered = uncovered(review);
        if (!uncovered.isEmpty()) {
            return Finding.missing(evidence.build(), "date", notice.date(),
                    "reasons", List.of(new Finding.Term("notCovered", " " + String.join(", ", uncovered))));
        }
        if (notice.deadline() != null && !notice.deadline().isBefore(review.asOf)) {
            return Finding.missing(evidence.build(), "date", notice.date(),
                    "reasons", List.of(new Finding.Term("deadlineRunning", " " + notice.deadline())));
        }
        if (notice.method() == FormalNotice.Method.EMAIL) {
            return Finding.warning(evidence.build(), "date", notice.date(),
                    "reasons", List.of(new Finding.Term("noticeByEmail")));
        }
        return Finding.ok(evidence.build(), "date", notice.date());
    }
}
