package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bordereau.cases.CaseNote;
import org.bordereau.cases.Claim;
import org.bordereau.cases.Dispute;
import org.bordereau.cases.DocumentKind;

/**
 * Whether the summary procedure (injonction de payer) is open: MA CPC art. 155 ss. as amended by Loi
 * n° 1-13 — a sum of money, certain, liquid and due, above {@code params.threshold} (5 000 MAD),
 * resting on a written title or an acknowledged promise, against a debtor not in liquidation (LEGAL.md
 * §3). Being due and not prescribed are rules of their own. Never blocking: below the threshold or
 * without a title, the ordinary procedure remains.
 */
final class InjonctionCheck {
    private InjonctionCheck() {}

    static Check check() {
        return Check.of("INJONCTION_ELIGIBILITY", true, true, Set.of("amount", "threshold", "reasons"),
                InjonctionCheck::eligibility).withParams(InjonctionCheck::problems)
                .withTerms("otherCurrency", "belowThreshold", "noWrittenTitle", "openDispute", "insolvencySign");
    }

    private static Finding eligibility(Review review, JsonNode params) {
        BigDecimal threshold = new BigDecimal(params.get("threshold").asText());
        String currency = params.get("currency").asText();
        BigDecimal balance = review.file.recovery().balance();
        Evidence.Builder evidence = new Evidence.Builder();
        List<Object> reasons = new ArrayList<>();
        if (!currency.equals(review.file.currency())) {
            reasons.add(new Finding.Term("otherCurrency", " (" + review.file.currency() + ")"));
        } else if (balance.compareTo(threshold) <= 0) {
            reasons.add(new Finding.Term("belowThreshold"));
        }
        if (!writtenTitle(review, EvidenceChecks.kinds(params), evidence)) {
            reasons.add(new Finding.Term("noWrittenTitle"));
        }
        for (Dispute d : review.file.recovery().disputes()) {
            if (d.open()) {
                evidence.event(d.seq());
                reasons.add(new Finding.Term("openDispute", " (#" + d.seq() + ")"));
            }
        }
        for (CaseNote n : review.file.recovery().notes()) {
            if (n.kind() == CaseNote.Kind.INSOLVENCY_SIGN) {
                evidence.event(n.seq());
                reasons.add(new Finding.Term("insolvencySign", " (#" + n.seq() + ")"));
            }
        }
        String amount = MoneyChecks.plain(balance) + " " + review.file.currency();
        String limit = MoneyChecks.plain(threshold) + " " + currency;
        return reasons.isEmpty() ? Finding.ok(evidence.build(), "amount", amount, "threshold", limit)
                : Finding.warning(evidence.build(), "amount", amount, "threshold", limit, "reasons", reasons);
    }

    /** A document of the title kinds, or the debtor's acknowledgment (signed plan, written promise, reconnaissance). */
    private static boolean writtenTitle(Review review, Set<DocumentKind> kinds, Evidence.Builder evidence) {
        review.ofKinds(kinds).forEach(d -> evidence.document(d.id()));
        for (Claim c : review.claims()) {
            evidence.claim(c.invoiceNumber());
        }
        boolean title = !review.ofKinds(kinds).isEmpty();
        for (StatementInputs.Sourced fact : StatementInputs.sourced(review.file)) {
            if (fact.interruption().kind() == InterruptionKind.ACKNOWLEDGMENT) {
                evidence.event(fact.seq());
                title = true;
            }
        }
        return title;
    }

    private static List<String> problems(JsonNode params) {
        List<String> problems = new ArrayList<>(EvidenceChecks.kindProblems(params));
        if (params == null || MoneyChecks.decimal(params.path("threshold").asText("")) == null) {
            problems.add("params.threshold must be an amount such as \"5000.00\"");
        }
        if (params == null || !params.path("currency").asText("").matches("[A-Z]{3}")) {
            problems.add("params.currency must be an ISO 4217 code");
        }
        return problems;
    }
}
