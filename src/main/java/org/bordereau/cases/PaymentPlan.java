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
 */
public record PaymentPlan(
        long seq,
        LocalDate date,
        List<Instalment> instalments,
        String security,
        boolean signedByDebtor,
        List<String> documentIds) {

    public PaymentPlan {
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** The sum of the instalments. */
    @JsonProperty("total")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
