package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed letter the service issued (LETTER_ISSUED). The PDF is the content-addressed blob
 * {@code sha256}; {@code chainHead} is the event-chain head printed in it (the log as it stood when
 * the letter was written). {@code sealLevel} is the PAdES level reached; {@code downgrade} says why a
 * timestamp was asked for and not obtained (never silent); {@code developmentSeal} marks letters sealed
 * with the generated development key.
 */
public record IssuedLetter(
        long seq,
        String id,
        LetterKind kind,
        String language,
        String sha256,
        long size,
        int pages,
        LocalDate date,
        LocalDate deadline,
        List<String> invoiceNumbers,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String chainHead,
        String sealLevel,
        boolean developmentSeal,
        String downgrade,
        Instant issuedAt,
        String issuedBy) {

    public IssuedLetter {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
    }

    /** The letter a LETTER_ISSUED event records. */
    public static IssuedLetter of(CaseEvent event, EventData.LetterIssued l) {
        return new IssuedLetter(event.seq(), l.letterId(), l.kind(), l.language(), l.sha256(), l.size(), l.pages(),
                l.date(), l.deadline(), l.invoiceNumbers(), l.amount(), l.currency(), l.chainHead(), l.sealLevel(),
                l.developmentSeal(), l.downgrade(), event.at(), event.actor());
    }
}
