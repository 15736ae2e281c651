package org.bordereau.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.IssuedLetter;

/** A letter as the API shows it (DESIGN.md §4): {@code {id, kind, language, sha256, pages, contentUrl, ...}}. */
record LetterView(String id, String kind, String language, String sha256, long size, int pages, LocalDate date,
                  LocalDate deadline, List<String> invoiceNumbers, String amount, String currency, String chainHead,
                  String sealLevel, boolean developmentSeal, String downgrade, Instant issuedAt, String issuedBy,
                  String contentUrl) {

    static LetterView of(String caseId, IssuedLetter l) {
        return new LetterView(l.id(), l.kind().name(), l.language(), l.sha256(), l.size(), l.pages(), l.date(),
                l.deadline(), l.invoiceNumbers(), l.amount() == null ? null : l.amount().toPlainString(), l.currency(),
                l.chainHead(), l.sealLevel(), l.developmentSeal(), l.downgrade(), l.issuedAt(), l.issuedBy(),
                "/v1/cases/" + caseId + "/letters/" + l.id() + "/content");
    }

    /** {@code 2025-05-02-MISE_EN_DEMEURE-fr-01J….pdf}: sorts by date in a lawyer's download folder. */
    static String filename(IssuedLetter l) {
        return l.date() + "-" + l.kind().name() + "-" + l.language() + "-" + l.id() + ".pdf";
    }
}
