package org.bordereau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a statement of account is computed from. Independent of the case model: the caller maps its
 * claims, payments and events to these records.
 *
 * @param jurisdiction "MA" or "FR" (any jurisdiction with a loaded rule pack)
 * @param currency ISO 4217 code of every amount
 * @param asOf the day the statement is computed for, included in the late period
 * @param claims the invoices
 * @param payments the payments received (those dated after {@code asOf} are ignored, with a warning)
 * @param interruptions events that may interrupt prescription (payments count by themselves where
 *        the pack says so)
 * @param contractualRatePercent the late-payment rate agreed in the contract or terms of sale, in
 *        percent per year, or null for the legal default rate (FR: floored at 3 × the legal rate)
 */
public record StatementRequest(String jurisdiction, String currency, LocalDate asOf, List<ClaimLine> claims,
        List<PaymentLine> payments, List<Interruption> interruptions, BigDecimal contractualRatePercent) {

    public StatementRequest {
        claims = copy(claims);
        payments = copy(payments);
        interruptions = copy(interruptions);
    }

    /** A request with no recorded interruption and the legal default rate. */
    public StatementRequest(String jurisdiction, String currency, LocalDate asOf, List<ClaimLine> claims,
            List<PaymentLine> payments) {
        this(jurisdiction, currency, asOf, claims, payments, List.of(), null);
    }

    /** Null lists read as empty; null elements are kept so that validation can name them. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
