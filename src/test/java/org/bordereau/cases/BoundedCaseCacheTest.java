package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant with more cases than the instance may hold in memory: listings, tenant-wide scans and
 * {@code get} still show every case as it is, while only the bound's worth of full cases is held.
 */
class BoundedCaseCacheTest {
    private static final int BOUND = 3;

    @TempDir
    Path dir;
    CaseService cases;
    List<Case> opened = new ArrayList<>();

    @BeforeEach
    void fiftyCases() {
        cases = bounded();
        for (int i = 1; i <= 50; i++) {
            opened.add(cases.create(TENANT, AGENT, Samples.newCase(String.format("REF-%03d", i),
                    i % 10 == 0 ? "Société Générale du Nord " + i : "Debtor " + i)));
        }
        for (int i = 4; i < 50; i += 5) { // cases 5, 10, ... 50 move on: 10 cases in pre-litigation
            cases.record(TENANT, opened.get(i).id(), 1, AGENT, new EventData.StageChanged(Stage.PRE_LITIGATION, "no answer"));
        }
    }

    @Test
    void everyCaseIsListedAndPagedWhileOnlyTheBoundIsHeld() {
        List<String> expected = expectedOrder();

        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            CasePage p = cases.list(TENANT, new CaseQuery(null, null, page, 20));
            assertThat(p.total()).isEqualTo(50);
            listed.addAll(p.items().stream().map(Case::id).toList());
            assertThat(cases.cachedCases()).isLessThanOrEqualTo(BOUND);
        }

        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(cases.cachedCases()).isEqualTo(BOUND);
    }

    @Test
    void filtersAndSearchWorkOnCasesNoLongerHeld() {
        CasePage preLitigation = cases.list(TENANT, new CaseQuery(Stage.PRE_LITIGATION, null, 1, 100));
        assertThat(preLitigation.items()).hasSize(10).allSatisfy(c -> {
            assertThat(c.stage()).isEqualTo(Stage.PRE_LITIGATION);
            assertThat(c.version()).isEqualTo(2);
        });

        CasePage societe = cases.list(TENANT, new CaseQuery(Stage.PRE_LITIGATION, "societe generale", 2, 2));
        assertThat(societe.total()).isEqualTo(5);
        assertThat(societe.items()).extracting(c -> c.debtor().name())
                .containsExactly("Société Générale du Nord 30", "Société Générale du Nord 20");
        assertThat(cases.cachedCases()).isEqualTo(BOUND);
    }

    @Test
    void aScanOfOpenCasesLeavesClosedOnesOut() {
        List<String> closed = new ArrayList<>();
        for (int i = 1; i < 50; i += 7) { // cases 2, 9, ... 44: paid
            cases.record(TENANT, opened.get(i).id(), AGENT, new EventData.StageChanged(Stage.CLOSED_PAID, "paid"));
            closed.add(opened.get(i).id());
        }

        List<String> open = cases.openIds(TENANT);

        assertThat(open).hasSize(50 - closed.size()).doesNotContainAnyElementsOf(closed);
        assertThat(cases.ids(TENANT)).hasSize(50).containsAll(closed);
    }

    @Test
    void aFreshInstanceListsEveryCaseWithinTheBound() {
        CaseService restarted = bounded();

        CasePage all = restarted.list(TENANT, new CaseQuery(null, null, 1, 100));

        assertThat(all.items()).extracting(Case::id).containsExactlyElementsOf(expectedOrder());
        assertThat(restarted.cachedCases()).isEqualTo(BOUND);
    }

    @Test
    void aTenantWideScanLoadsEachCaseAsItIs() {
        Map<String, Case> scanned = cases.ids(TENANT).stream()
                .map(id -> {
                    Case c = cases.listed(TENANT, id).orElseThrow();
                    assertThat(cases.cachedCases()).isLessThanOrEqualTo(BOUND);
                    return c;
                })
                .collect(Collectors.toMap(Case::id, Function.identity()));

        assertThat(scanned).hasSize(50);
        for (Case c : opened) {
            assertThat(scanned.get(c.id())).isEqualTo(cases.get(TENANT, c.id()));
        }
    }

    @Test
    void getOfACaseNoLongerHeldIsCurrent() {
        Case first = opened.get(0);
        CaseService elsewhere = bounded();
        CaseEvent moved = elsewhere.record(TENANT, first.id(), 1, AGENT,
                new EventData.StageChanged(Stage.PERSONALISED, "called twice"));
        cases.record(TENANT, first.id(), AGENT, new EventData.Note("promised to pay Friday"));

        Case current = cases.get(TENANT, first.id());

        assertThat(current.version()).isEqualTo(3);
        assertThat(current.stage()).isEqualTo(Stage.PERSONALISED);
        assertThat(current.recovery().notes()).extracting(CaseNote::text).containsExactly("promised to pay Friday");
        assertThat(current).isEqualTo(elsewhere.get(TENANT, first.id()));
        assertThat(moved.seq()).isEqualTo(2);
    }

    private CaseService bounded() {
        return new CaseService(new FileBlobStore(dir), new Samples.TickingClock(), Duration.ZERO, BOUND);
    }

    /** Most recently updated first, then by id, as read from each case itself. */
    private List<String> expectedOrder() {
        return opened.stream().map(c -> cases.get(TENANT, c.id()))
                .sorted(Comparator.comparing(Case::updatedAt).reversed().thenComparing(Case::id))
                .map(Case::id).toList();
    }
}
