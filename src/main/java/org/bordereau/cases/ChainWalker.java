package org.bordereau.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows a case's hash chain object by object, in seq order, and stops at the first break. Shared
 * by reading (which refuses a broken log) and {@code verify} (which reports it).
 */
final class ChainWalker {
    private final EventCodec codec;
    private final String caseId;
    private final List<CaseEvent> events = new ArrayList<>();
    private long seq;
    private String head;
    private ChainCheck broken;

    /** Starts after event {@code afterSeq} whose stored bytes hash to {@code afterHash} (0 and 64 zeros: the start). */
    ChainWalker(EventCodec codec, String caseId, long afterSeq, String afterHash) {
        this.codec = codec;
        this.caseId = caseId;
        this.seq = afterSeq;
        this.head = afterHash;
    }

    /** Takes the object stored as event {@code keySeq}; false once the chain is broken. */
    boolean accept(long keySeq, byte[] bytes) {
        if (broken != null) {
            return false;
        }
        long expected = seq + 1;
        if (keySeq != expected) {
            return fail(expected, ChainCheck.Problem.GAP, "event " + expected + " is missing; next stored is " + keySeq);
        }
        CaseEvent event;
        try {
            event = codec.decode(bytes, keySeq);
        } catch (EventCodec.Defect defect) {
            return fail(keySeq, defect.problem, defect.getMessage());
        }
        if (!event.prev().equals(head)) {
            return fail(keySeq, ChainCheck.Problem.PREV_MISMATCH, "prev is not the hash of event " + seq);
        }
        boolean opening = EventType.CASE_OPENED.name().equals(event.type());
        if (opening != (keySeq == 1)
                || opening && !(event.data() instanceof EventData.CaseOpened o && caseId.equals(o.caseId()))) {
            return fail(keySeq, ChainCheck.Problem.WRONG_CASE,
                    "a log starts with, and only with, the CASE_OPENED of its case");
        }
        events.add(event);
        seq = keySeq;
        head = event.hash();
        return true;
    }

    /** An object in the events folder whose name is not {@code {seq:010d}.json}. */
    void stray(String name) {
        if (broken == null) {
            fail(seq + 1, ChainCheck.Problem.STRAY_OBJECT, "unexpected object '" + name + "'");
        }
    }

    boolean isBroken() {
        return broken != null;
    }

    List<CaseEvent> events() {
        return List.copyOf(events);
    }

    long lastSeq() {
        return seq;
    }

    String lastHash() {
        return head;
    }

    ChainCheck result() {
        return broken != null ? broken : ChainCheck.intact(seq, head);
    }

    private boolean fail(long at, ChainCheck.Problem problem, String detail) {
        broken = ChainCheck.broken(at, problem, detail, seq, head);
        return false;
    }
}
