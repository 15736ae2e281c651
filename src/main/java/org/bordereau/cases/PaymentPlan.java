package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan (échéancier) agreed on {@code date} (PLAN_AGREED), optionally secured
 * ({@code security}: the sûreté, in words). {@code signedByDebtor}: a plan the debtor signed
 * acknowledges the debt (MA DOC art. 382, FR C. civ. 2240). A later plan replaces an earlier one.
 * {@code accelerationGraceDays}: the plan's acceleration clause (déchéance du terme, FR C. civ. 1305-4
 * for the agreed kind; in Morocco a contractual clause of the same effect), or null when it has none:
 * an instalment still not fully paid that many days after its due date makes the rest due at once.
 */
public record PaymentPlan(
        long seq,
        LocalDate date,
        List<Instalment> instalments,
        String security,
        boolean signedByDebtor,
        List<String> documentIds,
        Integer accelerationGraceDays) {

    public PaymentPlan {
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** A plan without an acceleration clause. */
    public PaymentPlan(long seq, LocalDate date, List<Instalment> instalments, String security,
                       boolean signedByDebtor, List<String> documentIds) {
        this(seq, date, instalments, security, signedByDebtor, documentIds, null);
    }

    /** The sum of the instalments. */
    @JsonProperty("total")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
