package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much heap one realistic case takes, to size {@link CaseProjection#DEFAULT_CACHED_CASES}: N copies
 * of a case with documents, claims, payments, interactions and a letter, each decoded afresh from the
 * stored log (so no two copies share strings or maps), held at once; used heap after GC before and
 * after, divided by N. The same for {@link CaseSummary}, what listings keep of every case. Rough (the
 * JVM's accounting, not an object walk) but honest; asserts only that the copies were held.
 */
class CaseFootprintBenchmark {
    private static final int N = 2_000;

    @TempDir
    Path dir;

    @Test
    void measuresOneCaseAndOneSummary() throws Exception {
        FileBlobStore store = new FileBlobStore(dir);
        Samples.TickingClock clock = new Samples.TickingClock();
        CaseService cases = new CaseService(store, clock);
        String id = realisticCase(cases);
        EventLog log = new EventLog(store, clock);
        int events = log.read(TENANT, id).size();

        long before = usedAfterGc();
        Case[] held = new Case[N];
        for (int i = 0; i < N; i++) {
            held[i] = CaseProjection.fold(null, log.read(TENANT, id));
        }
        long perCase = (usedAfterGc() - before) / N;
        assertThat(held).doesNotContainNull();

        java.util.Arrays.fill(held, null);

        long beforeSummaries = usedAfterGc();
        CaseSummary[] summaries = new CaseSummary[N];
        for (int i = 0; i < N; i++) {
            summaries[i] = CaseSummary.of(CaseProjection.fold(null, log.read(TENANT, id)));
        }
        long perSummary = (usedAfterGc() - beforeSummaries) / N;
        assertThat(summaries).doesNotContainNull();

        report(events, perCase, perSummary);
    }

    private static String realisticCase(CaseService cases) {
        Case c = cases.create(TENANT, AGENT, Samples.newCase("ACME-2025-0417", "Souss Négoce SA"));
        String id = c.id();
        for (int i = 1; i <= 3; i++) {
            String doc = String.format("01JNM00000000000000000DC%02d", i);
            cases.record(TENANT, id, AGENT, new EventData.DocumentAdded(doc, String.valueOf(i).repeat(64), 48_000 + i,
                    "application/pdf", "application/pdf", "facture F-2025-01" + i + ".pdf",
                    new Document.Extraction(DocumentKind.INVOICE, 0.92, Map.of(
                            "invoiceNumber", new ExtractedField("F-2025-01" + i, ExtractedField.TEXT, 0.9),
                            "issueDate", new ExtractedField("2025-01-1" + i, ExtractedField.TEXT, 0.9),
                            "dueDate", new ExtractedField("2025-02-1" + i, ExtractedField.TEXT, 0.9),
                            "totalAmount", new ExtractedField("1200" + i + ".00", ExtractedField.TEXT, 0.9),
                            "sellerName", new ExtractedField("Atlas Distribution SARL", ExtractedField.TEXT, 0.8),
                            "buyerName", new ExtractedField("Souss Négoce SA", ExtractedField.TEXT, 0.8))),
                    Map.of("producer", "ERP export 4.2"), List.of(), null, "from the ERP"));
            if (i <= 2) {
                cases.record(TENANT, id, AGENT, new EventData.ClaimAdded("F-2025-01" + i, LocalDate.of(2025, 1, 10 + i),
                        LocalDate.of(2025, 2, 10 + i), new BigDecimal("1200" + i + ".00"), "MAD", List.of(doc),
                        "confirmed against the ledger"));
            }
        }
        cases.record(TENANT, id, AGENT, new EventData.PaymentReceived(LocalDate.of(2025, 4, 10),
                new BigDecimal("2500.00"), "VIR 88", "F-2025-011", true, List.of()));
        cases.record(TENANT, id, AGENT, new EventData.PaymentReceived(LocalDate.of(2025, 5, 10),
                new BigDecimal("1500.00"), "VIR 97", "F-2025-012", true, List.of()));
        cases.record(TENANT, id, AGENT, new EventData.Call(LocalDate.of(2025, 3, 3), Interaction.Direction.OUTGOING,
                "K. Benali (CFO)", "promised an answer Friday", Interaction.Outcome.REACHED, List.of()));
        cases.record(TENANT, id, AGENT, new EventData.PromiseMade(LocalDate.of(2025, 3, 3), new BigDecimal("5000.00"),
                LocalDate.of(2025, 3, 31), true, List.of(), null));
        cases.record(TENANT, id, AGENT, new EventData.Note("Rappelé le 12/03 — « on paie fin du mois »"));
        cases.record(TENANT, id, AGENT, new EventData.LetterIssued("01JNM0000000000000000000LT",
                LetterKind.MISE_EN_DEMEURE, "fr", "b".repeat(64), 48_213, 2, LocalDate.of(2025, 5, 2),
                LocalDate.of(2025, 5, 17), List.of("F-2025-011", "F-2025-012"), new BigDecimal("20023.00"), "MAD",
                "c".repeat(64), "PAdES-BASELINE-T", false, null));
        cases.record(TENANT, id, AGENT, new EventData.OutputDownloaded("letter", "01JNM0000000000000000000LT", "pdf",
                "api"));
        cases.record(TENANT, id, AGENT, new EventData.StageChanged(Stage.PRE_LITIGATION, "no payment after notice"));
        return id;
    }

    /** Heap in use after full collections (System.gc() collects before it returns; no waiting needed). */
    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(int events, long perCase, long perSummary) throws IOException {
        String text = String.format("# Case footprint%n%n| what | heap per copy (N = %d) |%n|---|---|%n"
                + "| full Case (%d events: 3 documents, 2 claims, 2 payments, call, promise, note, letter,"
                + " download, stage) | %,d bytes |%n| CaseSummary | %,d bytes |%n", N, events, perCase, perSummary);
        System.out.print(text);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("case-footprint.md"), text);
    }
}
