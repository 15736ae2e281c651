package org.bordereau.cases;

/** The command that opens a case. {@code decisionMaker} is optional. */
public record NewCase(
        String reference,
        String jurisdiction,
        String currency,
        Party creditor,
        Party debtor,
        Contact decisionMaker) {}
