package org.bordereau.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact with the debtor (CALL, EMAIL or MEETING): when, with whom, what was said, and how it went.
 * {@code outcome} feeds the escalation assessment (a debtor who never answers, or refuses to talk).
 */
public record Interaction(
        long seq,
        Channel channel,
        LocalDate date,
        Direction direction,
        String withWhom,
        String summary,
        Outcome outcome,
        List<String> documentIds) {

    public Interaction {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    public enum Channel { CALL, EMAIL, MEETING }

    /** Who started it: the creditor's side (a reminder call, a sent e-mail) or the debtor. */
    public enum Direction { OUTGOING, INCOMING }

    /** REACHED: a conversation or a reply; NO_RESPONSE: no answer, voicemail; REFUSED: refused to discuss. */
    public enum Outcome { REACHED, NO_RESPONSE, REFUSED }
}
