package org.bordereau.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A formal notice (mise en demeure) sent to the debtor (FORMAL_NOTICE_SENT): the letter, how it was
 * sent, the proof of dispatch (registered-mail deposit slip or receipt, bailiff's act, e-registered
 * mail proof), the deadline it gave, and whether its date is certain against third parties.
 * MA DOC art. 255: the interpellation that puts a debtor in default; art. 381: with date certaine it
 * interrupts prescription. FR C. civ. 1344: puts in default; it never interrupts prescription (Cass. com.
 * 18 mai 2022 n° 20-23.204).
 */
public record FormalNotice(
        long seq,
        LocalDate date,
        Method method,
        String letterDocumentId,
        String proofDocumentId,
        boolean dateCertaine,
        LocalDate deadline,
        List<String> invoiceNumbers) {

    public FormalNotice {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
    }

    /** How the notice reached the debtor. */
    public enum Method { BAILIFF, REGISTERED_LETTER, ELECTRONIC_REGISTERED, HAND_DELIVERED, EMAIL }
}
