package org.bordereau.dossier;

import java.util.List;
import java.util.Map;
import org.bordereau.cases.Contact;
import org.bordereau.cases.Party;
import org.bordereau.render.DocumentViews.BasisRow;
import org.bordereau.render.DocumentViews.PaymentRow;
import org.bordereau.render.DocumentViews.Totals;
import org.bordereau.render.DocumentViews.Verification;
import org.bordereau.render.StatementDocument.StatementRow;

/**
 * The data of {@code templates/{lang}/dossier.ftl}, already formatted in the dossier's language
 * (templates choose words and layout, never compute). The statement's fields ({@code lines},
 * {@code payments}, {@code totals}, {@code asOf}…) sit at the top level under the names
 * {@code statement.ftl} uses, so that both print the statement with the same macros
 * ({@code statement_body.ftl}). Records are read by FreeMarker as {@code cover.reference}; a null
 * field is tested with {@code ??}.
 *
 * @param titles the parts' titles ({@code cover}, {@code index}, {@code statement}, {@code chronology},
 *               {@code completeness}, {@code audit}), the same as the dossier's bookmarks
 */
public record FrontMatterModel(
        String language,
        String jurisdiction,
        String currency,
        String asOf,
        Party creditor,
        Party debtor,
        Contact decisionMaker,
        List<StatementRow> lines,
        List<PaymentRow> payments,
        Totals totals,
        boolean paymentsToInterest,
        List<BasisRow> basis,
        String treasuryFine,
        List<String> warnings,
        Verification verification,
        Map<String, String> titles,
        Cover cover,
        List<IndexSection> sections,
        List<ChronologyRow> chronology,
        Checklist checklist,
        List<AuditRow> events) {

    /**
     * The cover: {@code builtAt} written out; {@code missing} the titles of the rules that keep the file
     * from litigation; {@code chainHead} the event-chain head the dossier is built on; {@code lastPageRef}
     * the id whose last page the template cites as the page count (FOP counts the pages, not the plan).
     */
    public record Cover(String reference, String builtAt, String stage, int invoices, int exhibits,
            String lastPageRef, int volumes, boolean readyForLitigation, List<String> missing, String chainHead,
            boolean developmentSeal) {}

    /** A section of the bordereau: its letter (per-section numbering), its title, its exhibits. */
    public record IndexSection(String letter, String title, List<IndexLine> exhibits) {}

    /**
     * One line of the bordereau: exhibit number, title, date (short, or empty), original file name,
     * pages as planned ({@code 12–15}, {@code C 1–4}), the volume when the dossier has several (else
     * 0), and how many identical copies were filed under it. {@code pageCount} stand-in pages are laid
     * out for it after the parts; in continuous numbering the template prints the page numbers FOP gives
     * the stand-ins {@code pageRef} and {@code lastPageRef} (null for a one-page exhibit, and both null
     * per section, whose labels do not depend on the front matter's length).
     */
    public record IndexLine(int number, String title, String date, String filename, String pages, int volume,
            int duplicates, int pageCount, String pageRef, String lastPageRef) {}

    /**
     * One dated fact of the recovery. {@code kind} says what happened (INVOICE_ISSUED, INVOICE_DUE,
     * CALL, EMAIL, MEETING, PROMISE, PLAN, COMMITMENT_MISSED, DISPUTE, DISPUTE_ANSWERED, LETTER,
     * FORMAL_NOTICE, ACKNOWLEDGMENT, PAYMENT, STAGE, NOTE); the template words it from {@code code}
     * (a sub-kind: outcome, letter kind, method, stage…), {@code subject} (invoice, person, reference),
     * {@code amount} (formatted), {@code detail} (free text as recorded, shortened) and {@code extra}
     * (a second date or the direction of a contact). Absent values are null.
     */
    public record ChronologyRow(String date, String kind, String code, String subject, String amount, String detail,
            String extra) {}

    /** The completeness report: readiness per phase and each rule's result in the language. */
    public record Checklist(boolean readyForAmicable, boolean readyForLitigation, List<RuleRow> rules) {}

    /** One rule: {@code status} ok / missing / warning; {@code blocking}: it keeps the file from litigation. */
    public record RuleRow(String title, String status, boolean blocking, String message, String fix, String source) {}

    /** One event of the case log as stored: its hash ({@code digest}) and the previous event's. */
    public record AuditRow(long seq, String type, String at, String actor, String hash, String prev) {}
}
