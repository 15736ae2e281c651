package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.FormalNotice;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: any proven formal notice satisfied the rule, for every invoice, so an invoice that
 * fell due after the notice, or that the notice did not name, went to litigation without one. Today is
 * 2025-07-15; FA-A was due 2025-02-28, FA-B 2025-06-30; the notice of 2025-03-01 names FA-A only.
 */
class NoticeCoversInvoicesTest {
    @TempDir
    Path dir;

    @Test
    void everyInvoiceOwedNeedsAProvenNoticeSentAfterItFellDueThatConcernsIt() {
        CaseFiles files = new CaseFiles(dir, Instant.parse("2025-07-15T10:00:00Z"));
        String id = files.moroccanCase("ATL-NOTICE").id();
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("FA-A", d("2025-01-29"), d("2025-02-28"),
                m("10000.00"), null, List.of(), null));
        files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded("FA-B", d("2025-05-31"), d("2025-06-30"),
                m("5000.00"), null, List.of(), null));
        String proof = files.document(id, DocumentKind.CORRESPONDENCE, "accuse-de-reception.pdf");
        files.record(id, new EventData.FormalNoticeSent(d("2025-03-01"), FormalNotice.Method.BAILIFF, null, proof, true,
                d("2025-03-16"), List.of("FA-A")));

        Completeness.RuleResult rule = rule(files, id);
        assertThat(rule.status()).isEqualTo(Completeness.Status.MISSING);
        assertThat(rule.message()).contains("FA-B").doesNotContain("FA-A");

        // a notice naming no invoice concerns them all, but only those already due when it was sent
        files.record(id, new EventData.FormalNoticeSent(d("2025-07-01"), FormalNotice.Method.BAILIFF, null, proof, true,
                d("2025-07-10"), List.of()));
        assertThat(rule(files, id).status()).isEqualTo(Completeness.Status.OK);
    }

    private static Completeness.RuleResult rule(CaseFiles files, String id) {
        return files.completeness.check(files.get(id), null, "en").rules().stream()
                .filter(r -> r.id().equals("MA.formal-notice")).findFirst().orElseThrow();
    }
}
