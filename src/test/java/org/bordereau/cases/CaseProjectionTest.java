package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import java.nio.file.Path;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseProjectionTest {
    @TempDir
    Path dir;

    @Test
    void aFreshInstanceRebuildsTheSameCaseFromTheLog() {
        CaseService first = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        Case c = first.create(TENANT, AGENT, Samples.newCase("ACME-REBUILD"));
        first.record(TENANT, c.id(), AGENT, new EventData.Note("called the CFO, promised an answer Friday"));
        first.record(TENANT, c.id(), 2, AGENT, new EventData.StageChanged(Stage.PERSONALISED, "promise not kept"));
        Case original = first.get(TENANT, c.id());

        Case rebuilt = new CaseService(new FileBlobStore(dir), new Samples.TickingClock()).get(TENANT, c.id());

        assertThat(rebuilt).isEqualTo(original);
        assertThat(rebuilt.version()).isEqualTo(3);
        assertThat(rebuilt.stage()).isEqualTo(Stage.PERSONALISED);
        assertThat(rebuilt.updatedAt()).isAfter(rebuilt.createdAt());
    }

    @Test
    void getSeesEventsAppendedByAnotherInstanceAtOnce() {
        CaseService here = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        CaseService there = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        Case c = here.create(TENANT, AGENT, Samples.newCase("ACME-SHARED"));
        assertThat(there.get(TENANT, c.id()).version()).isEqualTo(1);

        CaseEvent moved = there.record(TENANT, c.id(), 1, AGENT, new EventData.StageChanged(Stage.PRE_LITIGATION, null));

        Case seenHere = here.get(TENANT, c.id());
        assertThat(seenHere.version()).isEqualTo(2);
        assertThat(seenHere.stage()).isEqualTo(Stage.PRE_LITIGATION);
        assertThat(seenHere.chainHead()).isEqualTo(moved.hash());
    }

    @Test
    void aDecisionTakenOnAnOldVersionIsRefused() {
        CaseService agentA = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        CaseService agentB = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        Case c = agentA.create(TENANT, AGENT, Samples.newCase("ACME-RACE"));
        agentB.get(TENANT, c.id());
        agentA.record(TENANT, c.id(), 1, AGENT, new EventData.StageChanged(Stage.CLOSED_PAID, "paid in full"));

        assertThatThrownBy(() -> agentB.record(TENANT, c.id(), 1, AGENT,
                new EventData.StageChanged(Stage.PRE_LITIGATION, "no answer")))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(agentB.get(TENANT, c.id()).stage()).isEqualTo(Stage.CLOSED_PAID);
    }

    @Test
    void eventsCanOnlyBeRecordedOnExistingCases() {
        CaseService cases = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        String unknown = new CaseIds(new Samples.TickingClock()).newCaseId();

        assertThatThrownBy(() -> cases.record(TENANT, unknown, AGENT, new EventData.Note("hello")))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.record(TENANT, unknown, 0, AGENT, new EventData.Note("hello")))
                .isInstanceOf(CaseNotFoundException.class);
    }
}
