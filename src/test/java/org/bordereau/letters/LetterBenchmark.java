package org.bordereau.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.bordereau.access.Role;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.LetterKind;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Language;
import org.bordereau.render.Letters;
import org.bordereau.render.Templates;
import org.bordereau.rules.RulePacks;
import org.bordereau.rules.Statement;
import org.bordereau.rules.StatementCalculator;
import org.bordereau.rules.Statements;
import org.bordereau.sign.DevelopmentSeal;
import org.bordereau.sign.PadesSigner;
import org.bordereau.sign.Seal;
import org.bordereau.sign.SealRequest;
import org.bordereau.testing.RunningService.Reply;
import org.bordereau.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 6: a signed letter through HTTP, end to end, against the floor of the same letter
 * rendered by FOP and sealed in memory in the same JVM. Measures and reports (markdown in
 * {@code bench.dir}); asserts only that letters were issued, never a time.
 *
 * <p>Run alone, at the service's heap: {@code mvn -B -Pbench -Dbuild.dir=target-perf test -Dtest=LetterBenchmark}
 * ({@code -Dbench.letters=N} changes the number of letters per side, default 200).
 *
 * <p>The HTTP request is timed with three clients: {@link org.bordereau.testing.LeanHttpClient} (one write
 * per request on a kept-alive connection, as wrk or a load balancer sends: the headline figure),
 * {@code HttpURLConnection} and {@code java.net.http.HttpClient}. The last two spend 1.5–2 ms of their own
 * per POST on the two busy cores (the second also hands each answer between its threads), which is the
 * client's cost, reported beside the headline.
 * Another loop calls {@code LetterService.issue} directly: the same work as the HTTP request without
 * the transport, which tells the cost of HTTP from the cost of the case, statement, store and event;
 * a small GET of a letter's JSON gives, for scale, what any request costs (transport, key, routing, JSON).
 * The loops run interleaved in 20 rounds ({@code -Dbench.rounds=N}) so that a change in the shared
 * machine's load or in the JIT's work hits all alike. Wall time per letter gives p50/p99; CPU is given twice: the process's CPU per letter (every
 * thread: HTTP server, client, GC, JIT — comparable between the two sides) and, for the floor, the
 * rendering thread's own CPU.
 */
class LetterBenchmark {
    private static final String TENANT = "bench";
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int MIN_WARM_UP = Integer.getInteger("bench.minWarmUp", 1000);
    private static final int MAX_WARM_UP = Integer.getInteger("bench.maxWarmUp", 2000);
    private static final int WARM_UP_WINDOW = 10;
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    @TempDir
    Path dir;

    @Test
    void letterViaHttpAgainstRenderAndSealFloor() throws Exception {
        int n = Integer.getInteger("bench.letters", 200);
        try (RunningService service = RunningService.fs(dir.resolve("data"))) {
            String agent = service.key(TENANT, Role.AGENT);
            String caseId = frenchCaseWithClaims(service, agent);
            BenchClients.Http http = new BenchClients.Http(service, agent, caseId);
            BenchClients.BlockingHttp blocking = new BenchClients.BlockingHttp(service, agent, caseId);
            BenchClients.Lean lean = new BenchClients.Lean(service, agent, caseId);
            http.issue(); // the first letter creates the development seal in the store
            Floor floor = new Floor(service, caseId);
            Runnable direct = () -> service.app().letters().issue(TENANT, caseId, "bench",
                    new LetterRequest(LetterKind.MISE_EN_DEMEURE, "fr", null, null, false), null);

            int warmUp = warmUp(lean, floor);
            for (int i = 0; i < WARM_UP_WINDOW; i++) {
                blocking.issue();
                http.issue();
            }
            long compiledBefore = COMPILER.getTotalCompilationTime();
            Samples leanTimes = new Samples(n);
            Samples blockingTimes = new Samples(n);
            Samples httpTimes = new Samples(n);
            Samples floorTimes = new Samples(n);
            Samples serviceTimes = new Samples(n);
            Samples readTimes = new Samples(n);
            String letterPath = http.last.json().get("contentUrl").asText().replace("/content", "");
            for (int round = 0; round < ROUNDS; round++) {
                int share = n / ROUNDS + (round < n % ROUNDS ? 1 : 0);
                readTimes.measure(share, () -> lean.read(letterPath));
                leanTimes.measure(share, lean::issue);
                blockingTimes.measure(share, blocking::issue);
                httpTimes.measure(share, http::issue);
                floorTimes.measure(share, floor::issue);
                serviceTimes.measure(share, direct);
            }
            long compiling = COMPILER.getTotalCompilationTime() - compiledBefore;
            assertThat(lean.issued).isEqualTo(warmUp + n);
            assertThat(blocking.issued).isEqualTo(WARM_UP_WINDOW + n);
            assertThat(http.issued).isEqualTo(1 + WARM_UP_WINDOW + n);
            assertThat(service.app().letters().letters(TENANT, caseId)).hasSize(1 + warmUp + 2 * WARM_UP_WINDOW + 4 * n);
            lastLetterIsIntactAndOurs(service, agent, http.last);
            write(report(n, warmUp, compiling, new Measured(leanTimes, blockingTimes, httpTimes, serviceTimes, floorTimes,
                    readTimes), floor.lastSize)
                    + "HTTP letter: " + http.last.json().get("size") + " bytes, " + http.last.json().get("pages") + " pages.\n");
        }
    }

    private record Measured(Samples lean, Samples blocking, Samples javaClient, Samples direct, Samples floor,
                            Samples read) {}

    /** What was measured is a real letter: the PDF downloaded is the one announced, sealed and known to the tenant. */
    private static void lastLetterIsIntactAndOurs(RunningService service, String agent, Reply issued) {
        RunningService.Bytes pdf = service.download(issued.json().get("contentUrl").asText(), agent, Map.of());
        assertThat(pdf.status()).isEqualTo(200);
        Reply verified = service.upload("/v1/verify", agent, pdf.body(), "application/pdf");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().at("/report/verdict").asText()).isEqualTo("VALID");
        assertThat(verified.json().at("/report/sha256").asText()).isEqualTo(issued.json().get("sha256").asText());
        assertThat(verified.json().get("issuedByTenant").asBoolean()).isTrue();
    }

    /**
     * FOP runs through so much code that the JIT compilers are still busy after hundreds of letters:
     * code that runs a few times per letter reaches the optimising compiler's thresholds only after
     * thousands. After 300 letters the compiler still took 10–16 s of a 45 s measure (a third of one of
     * the two cores, and the figures moved by ±10 % between runs); after 1 500, 6–9 s. "Warm" here is a
     * server that has issued a thousand letters: at least {@code bench.minWarmUp} (1 000) pairs, then
     * until compiling takes less than a tenth of the time of the last {@value #WARM_UP_WINDOW} pairs.
     */
    private static int warmUp(BenchClients.Lean http, Floor floor) {
        int done = 0;
        while (done < MAX_WARM_UP) {
            long compiled = COMPILER.getTotalCompilationTime();
            long start = System.nanoTime();
            for (int i = 0; i < WARM_UP_WINDOW; i++) {
                http.issue();
                floor.issue();
            }
            done += WARM_UP_WINDOW;
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            if (done >= MIN_WARM_UP && (COMPILER.getTotalCompilationTime() - compiled) * 10 < wallMillis) {
                break;
            }
        }
        return done;
    }

    /** The French case of the HTTP tests, with two invoices and a part payment. */
    private static String frenchCaseWithClaims(RunningService service, String agent) {
        Reply created = service.post("/v1/cases", agent, """
                {"reference":"BENCH-001","jurisdiction":"FR","currency":"EUR",
                 "creditor":{"name":"Acme SAS","siren":"732829320","address":"1 rue de la Paix, 75002 Paris"},
                 "debtor":{"name":"Beta SARL","siren":"552100554","address":"3 avenue Foch, 69006 Lyon",
                           "email":"compta@beta.example","phone":"+33 4 72 00 00 00"},
                 "decisionMaker":{"name":"Claire Martin","role":"CFO","email":"c.martin@beta.example"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        for (String body : new String[] {
                """
                {"invoiceNumber":"F-2025-101","issueDate":"2025-01-10","dueDate":"2025-02-09","amount":"10000.00"}""",
                """
                {"invoiceNumber":"F-2025-115","issueDate":"2025-02-20","dueDate":"2025-03-22","amount":"2480.40"}"""}) {
            assertThat(service.post("/v1/cases/" + id + "/claims", agent, body).status()).isEqualTo(201);
        }
        assertThat(service.post("/v1/cases/" + id + "/events", agent, """
                {"type":"PAYMENT","date":"2025-04-10","amount":"2500.00","reference":"VIR 88"}""").status())
                .isEqualTo(201);
        return id;
    }

    /** The same letter, rendered with {@code Letters.write} and sealed by {@code PadesSigner} in memory. */
    private static final class Floor {
        private final Letters letters = new Letters(new FoRenderer(new Templates(null)));
        private final PadesSigner signer;
        private final SealRequest seal;
        private final org.bordereau.render.LetterRequest request;
        long lastSize;

        Floor(RunningService service, String caseId) throws Exception {
            Case file = service.app().cases().get(TENANT, caseId);
            Clock clock = Clock.systemUTC();
            Statement statement = new Statements(new StatementCalculator(RulePacks.load()), clock)
                    .of(file, CaseDates.today(file, clock));
            request = new org.bordereau.render.LetterRequest(TENANT, LetterKind.MISE_EN_DEMEURE, Language.FR, file,
                    statement, 8, null, statement.asOf(), "01JZ8K3M4N5P6Q7R8S9T0V1W2X", file.chainHead(), true);
            Seal development = Seal.fromPkcs12(service.app().store().getBytes("sys/signing/development-seal.p12"),
                    DevelopmentSeal.STORE_PASSWORD.toCharArray(), "development seal");
            seal = SealRequest.of(development);
            signer = new PadesSigner(clock, Files.createTempDirectory("bench-floor"));
        }

        void issue() {
            ByteArrayOutputStream rendered = new ByteArrayOutputStream(128 * 1024);
            letters.write(request, rendered);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(rendered.size() + 32 * 1024);
            signer.sign(rendered.toByteArray(), sealed, seal);
            lastSize = sealed.size();
        }
    }

    /** Wall time, the measuring thread's CPU time and the process's CPU time of each run. */
    private static final class Samples {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final OperatingSystemMXBean OS =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        final long[] wall;
        final long[] threadCpu;
        long processCpu;
        int count;

        Samples(int n) {
            wall = new long[n];
            threadCpu = new long[n];
        }

        void measure(int runs, Runnable work) {
            long processStart = OS.getProcessCpuTime();
            for (int i = 0; i < runs; i++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                work.run();
                wall[count] = System.nanoTime() - start;
                threadCpu[count++] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
            processCpu += OS.getProcessCpuTime() - processStart;
        }

        double p(long[] values, double q) {
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return sorted[(int) Math.min(count - 1, Math.ceil(q * count) - 1)] / 1e6;
        }

        double processCpuPerRun() {
            return processCpu / 1e6 / count;
        }

        double p50() {
            return p(wall, 0.5);
        }

        /** The table cells: p50 and p99 wall, process CPU per run, the measuring thread's CPU p50 ({@code whose}). */
        String row(String whose) {
            return String.format(java.util.Locale.ROOT, "%.1f ms | %.1f ms | %.1f ms | %.1f ms%s", p50(), p(wall, 0.99),
                    processCpuPerRun(), p(threadCpu, 0.5), whose.isEmpty() ? "" : " (" + whose + ")");
        }
    }

    private static String report(int n, int warmUp, long compilingMillis, Measured m, long floorPdfBytes) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String table = """
                # Letter benchmark: MISE_EN_DEMEURE (fr, FR case, 2 invoices, 1 payment), PAdES B-B, development seal

                %d letters per side after %d warm-up each, %d interleaved rounds; %d CPUs, load average %.2f at the end;
                JVM %s, max heap %d MB; JIT compiling during the measure: %d ms. Floor PDF %d bytes.

                | | p50 wall | p99 wall | process CPU / letter | measuring thread CPU p50 |
                |---|---:|---:|---:|---:|
                | HTTP POST /v1/cases/{id}/letters (lean client: one write, kept-alive connection, like wrk) | %s |
                | the same with java.net.HttpURLConnection | %s |
                | the same with java.net.http.HttpClient | %s |
                | LetterService.issue, no HTTP (case, statement, render, seal, store, event) | %s |
                | floor: Letters.write + PadesSigner.sign in memory | %s |
                | for scale: GET /v1/cases/{id}/letters/{letterId} (lean client) | %s |

                **Ratio HTTP / floor: p50 %.2f, p99 %.2f, process CPU %.2f** (goal: p50 ≤ 1.3 and HTTP p50 < 50 ms);
                with HttpURLConnection p50 %.2f, with java.net.http.HttpClient p50 %.2f (their own cost per request included).
                """;
        return table.formatted(n, warmUp, ROUNDS, Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, compilingMillis, floorPdfBytes,
                m.lean().row("client"), m.blocking().row("client"), m.javaClient().row("client"), m.direct().row(""),
                m.floor().row(""), m.read().row("client"),
                m.lean().p50() / m.floor().p50(), m.lean().p(m.lean().wall, 0.99) / m.floor().p(m.floor().wall, 0.99),
                m.lean().processCpuPerRun() / m.floor().processCpuPerRun(), m.blocking().p50() / m.floor().p50(),
                m.javaClient().p50() / m.floor().p50());
    }

    private static void write(String report) throws Exception {
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("LetterBenchmark.md"), report, StandardCharsets.UTF_8);
    }
}
