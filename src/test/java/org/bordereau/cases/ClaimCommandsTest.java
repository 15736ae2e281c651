package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bordereau.http.JsonBodies;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent confirms invoice claims; each invoice number once per case, every problem named at once. */
class ClaimCommandsTest {
    @TempDir
    Path dir;
    CaseFiles files;
    Case c;

    @BeforeEach
    void open() {
        files = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
        c = files.moroccanCase("ATL-CLAIMS");
    }

    static EventData.ClaimAdded claim(String number, String amount, List<String> documentIds) {
        return new EventData.ClaimAdded(number, d("2025-01-15"), d("2025-03-16"), m(amount), null, documentIds, null);
    }

    @Test
    void aConfirmedClaimShowsOnTheCaseWithItsDocumentsAndMovesTheBalance() {
        String invoice = files.document(c.id(), DocumentKind.INVOICE, "F-17.pdf");

        Claim added = files.commands.addClaim(TENANT, c.id(), AGENT, claim(" F-2025-017 ", "10000", List.of(invoice)));

        assertThat(added.invoiceNumber()).isEqualTo("F-2025-017");
        assertThat(added.amount()).isEqualTo("10000.00");
        assertThat(added.currency()).isEqualTo("MAD");
        assertThat(added.documentIds()).containsExactly(invoice);
        assertThat(added.confirmedBy()).isEqualTo(AGENT);
        Case now = files.get(c.id());
        assertThat(now.recovery().claims()).containsExactly(added);
        assertThat(now.recovery().balance()).isEqualTo("10000.00");
    }

    @Test
    void theSameInvoiceNumberIsClaimedOnlyOnceIgnoringCaseAndSpaces() {
        files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-2025-017", "10000.00", List.of()));

        assertThatThrownBy(() -> files.commands.addClaim(TENANT, c.id(), AGENT, claim(" f-2025-017", "10.00", List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("invoiceNumber"));
        assertThat(files.get(c.id()).recovery().claims()).hasSize(1);
    }

    @Test
    void anAmountLargerThanTheDocumentsPrintIsRefusedWithTheLimitNamed() {
        files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-1", "999999999.99", List.of()));

        assertThatThrownBy(() -> files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-2", "1000000000.00", List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("amount");
                            assertThat(v.message()).contains("999999999.99", "several");
                        }));
        assertThat(files.get(c.id()).recovery().balance()).isEqualTo("999999999.99");
    }

    @Test
    void aCaseStopsTakingClaimsBeforeItsTotalOutgrowsWhatTheStatementPrints() {
        for (int i = 1; i <= 5; i++) {
            files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-" + i, "999999999.99", List.of()));
        }

        assertThatThrownBy(() -> files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-6", "0.06", List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("amount");
                            assertThat(v.message()).contains("5000000000.01", "second case");
                        }));
        files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-6", "0.05", List.of()));
        assertThat(files.get(c.id()).recovery().balance()).isEqualTo("5000000000.00");
    }

    @Test
    void everyProblemOfAClaimIsReportedAtOnce() {
        EventData.ClaimAdded bad = new EventData.ClaimAdded(" ", d("2025-07-01"), d("2025-06-30"), m("10.001"), "EUR",
                List.of("01JZZNOTADOCUMENT000000000"), "x".repeat(501));

        assertThatThrownBy(() -> files.commands.addClaim(TENANT, c.id(), AGENT, bad))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("invoiceNumber", "issueDate", "dueDate",
                                "amount", "currency", "documentIds[0]", "note"));
        assertThat(files.get(c.id()).version()).isEqualTo(1);
    }

    @Test
    void missingValuesAreNamed() {
        EventData.ClaimAdded empty = new EventData.ClaimAdded(null, null, null, null, null, null, null);

        assertThatThrownBy(() -> files.commands.addClaim(TENANT, c.id(), AGENT, empty))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::message).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("invoiceNumber", "is required"),
                                org.assertj.core.groups.Tuple.tuple("issueDate", "is required"),
                                org.assertj.core.groups.Tuple.tuple("dueDate", "is required"),
                                org.assertj.core.groups.Tuple.tuple("amount", "is required")));
    }

    @Test
    void invoicesReadFromDocumentsAreProposedUntilClaimed() {
        String withDue = files.document(c.id(), DocumentKind.INVOICE, "F-1.pdf", Map.of("invoiceNumber", "F-1",
                "issueDate", "2025-01-10", "dueDate", "2025-03-11", "totalAmount", "12000.00", "amountDue", "9000.00"));
        files.document(c.id(), DocumentKind.INVOICE, "F-2.pdf", Map.of("invoiceNumber", "F-2", "totalAmount", "500.00"));
        files.document(c.id(), DocumentKind.QUOTE, "D-3.pdf", Map.of("invoiceNumber", "D-3", "dueDate", "2025-03-11",
                "totalAmount", "100.00"));
        files.document(c.id(), DocumentKind.INVOICE, "F-4.pdf", Map.of("invoiceNumber", "F-4", "dueDate", "2025-04-01",
                "totalAmount", "700.00", "currency", "EUR"));

        List<ProposedClaim> proposed = ProposedClaim.of(files.get(c.id()));

        assertThat(proposed).extracting(ProposedClaim::invoiceNumber).containsExactly("F-1", "F-4");
        ProposedClaim first = proposed.get(0);
        assertThat(first.documentId()).isEqualTo(withDue);
        assertThat(first.amount()).isEqualTo("9000.00");
        assertThat(first.amountField()).isEqualTo("amountDue");
        assertThat(first.issueDate()).isEqualTo(d("2025-01-10"));
        assertThat(proposed.get(1).warnings()).anyMatch(w -> w.contains("EUR"));

        files.commands.addClaim(TENANT, c.id(), AGENT, new EventData.ClaimAdded("F-1", first.issueDate(),
                first.dueDate(), first.amount(), null, List.of(first.documentId()), null));

        assertThat(ProposedClaim.of(files.get(c.id()))).extracting(ProposedClaim::invoiceNumber).containsExactly("F-4");
    }

    @Test
    void twoInstancesRacingOnOneInvoiceNumberStoreOneClaim() throws Exception {
        CaseFiles other = new CaseFiles(dir, Instant.parse("2025-06-02T10:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (CaseFiles instance : List.of(files, other)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    instance.commands.addClaim(TENANT, c.id(), AGENT, claim("F-RACE", "100.00", List.of()));
                    return "added";
                } catch (InvalidCommandException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("added", "refused");
        assertThat(files.get(c.id()).recovery().claims()).hasSize(1);
    }

    @Test
    void amountsAreWrittenAsStringsAndTheRecoverySitsAtTheTopOfTheCase() throws Exception {
        files.commands.addClaim(TENANT, c.id(), AGENT, claim("F-9", "1234.5", List.of()));

        JsonNode json = JsonBodies.newMapper().valueToTree(files.get(c.id()));

        assertThat(json.at("/claims/0/amount").isTextual()).isTrue();
        assertThat(json.at("/claims/0/amount").asText()).isEqualTo("1234.50");
        assertThat(json.get("balance").asText()).isEqualTo("1234.50");
        assertThat(json.has("payments")).isTrue();
        assertThat(json.at("/commitments/promises").isArray()).isTrue();
        assertThat(json.has("recovery")).isFalse();
    }
}
