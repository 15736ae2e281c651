package org.bordereau.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Bytes;
import org.bordereau.testing.RunningService.Reply;
import org.bordereau.testing.Validators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed letters through the running server: every kind in every language is PDF/A-3b for veraPDF and
 * PAdES-BASELINE-B for EU DSS as downloaded; issuing changes the case; the same Idempotency-Key never
 * issues two letters; POST /v1/verify recognises the tenant's own letters and any altered byte.
 */
class LetterApiTest {
    @TempDir
    static Path dir;
    static RunningService service;
    static String agent;
    static String lawyer;

    @BeforeAll
    static void start() {
        service = RunningService.fs(dir.resolve("data"));
        agent = service.key("letters", Role.AGENT);
        lawyer = service.key("letters", Role.LAWYER);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** A Moroccan case with two unpaid invoices (48 000 and 30 000 MAD) and a part payment of 20 000. */
    static String moroccanCaseWithClaims(String reference) {
        String id = service.post("/v1/cases", agent, Samples.moroccanCase(reference, "Riad Construction SARL"))
                .json().get("id").asText();
        service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"FA-2025-017","issueDate":"2025-01-15","dueDate":"2025-02-14","amount":"48000.00"}""");
        service.post("/v1/cases/" + id + "/claims", agent, """
                {"invoiceNumber":"FA-2025-024","issueDate":"2025-02-13","dueDate":"2025-03-15","amount":"30000.00"}""");
        service.post("/v1/cases/" + id + "/events", agent, """
                {"type":"PAYMENT","date":"2025-04-10","amount":"20000.00","reference":"VIR 88","allocatedTo":"FA-2025-017"}""");
        return id;
    }

    @Test
    void everyKindInEveryLanguageIsPdfA3bAndPadesBaselineBAsDownloaded() throws Exception {
        String id = moroccanCaseWithClaims("LET-ALL");
        String plan = """
                ,"plan":{"instalments":[{"dueDate":"2027-01-31","amount":"29000.00"},{"dueDate":"2027-02-28","amount":"29000.00"}],
                         "security":"caution personnelle du gérant","accelerationGraceDays":8}""";
        List<String> failures = new ArrayList<>();
        for (String kind : List.of("RELANCE", "MISE_EN_DEMEURE", "ECHEANCIER", "RECONNAISSANCE_DE_DETTE")) {
            for (String language : List.of("fr", "ar", "en")) {
                Reply issued = service.post("/v1/cases/" + id + "/letters", agent, "{\"kind\":\"" + kind
                        + "\",\"language\":\"" + language + "\"" + (kind.equals("ECHEANCIER") ? plan : "") + "}");
                assertThat(issued.status()).as(kind + "/" + language + ": " + issued.body()).isEqualTo(201);
                JsonNode letter = issued.json();
                Bytes pdf = service.download(letter.get("contentUrl").asText(), lawyer, Map.of());
                assertThat(pdf.status()).isEqualTo(200);
                assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
                assertThat(sha256(pdf.body())).as("the bytes served are the bytes issued").isEqualTo(letter.get("sha256").asText());
                Path file = dir.resolve(kind + "-" + language + ".pdf");
                Files.write(file, pdf.body());

                Reports reports = Validators.dss(file);
                String sig = reports.getSimpleReport().getFirstSignatureId();
                SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(sig);
                assertThat(reports.getSimpleReport().getSignatureFormat(sig)).as(kind + "/" + language)
                        .isEqualTo(SignatureLevel.PAdES_BASELINE_B);
                assertThat(signature.isSignatureIntact()).as(kind + "/" + language).isTrue();
                Validators.pdfA3bFailures(file).forEach(f -> failures.add(kind + "/" + language + " " + f));
                assertThat(letter.get("sealLevel").asText()).isEqualTo("PAdES-BASELINE-B");
                assertThat(letter.get("developmentSeal").asBoolean()).as("no key configured: development seal").isTrue();
                assertThat(letter.get("pages").asInt()).isPositive();
            }
        }
        assertThat(failures).as("veraPDF PDF/A-3b failures").isEmpty();
    }

    @Test
    void aFormalNoticeIsOnTheCaseSaysWhatIsOwedAndIsRecognisedByVerify() throws Exception {
        String id = moroccanCaseWithClaims("LET-MED");
        Reply issued = service.post("/v1/cases/" + id + "/letters", agent, """
                {"kind":"MISE_EN_DEMEURE","language":"fr","deadlineDays":10}""");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode letter = issued.json();
        assertThat(issued.header("Location")).isEqualTo("/v1/cases/" + id + "/letters/" + letter.get("id").asText());
        assertThat(letter.get("deadline").asText()).isEqualTo(
                java.time.LocalDate.parse(letter.get("date").asText()).plusDays(10).toString());
        assertThat(letter.get("invoiceNumbers")).extracting(JsonNode::asText).containsExactly("FA-2025-017", "FA-2025-024");

        byte[] pdf = service.download(letter.get("contentUrl").asText(), agent, Map.of()).body();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Riad Construction SARL", "FA-2025-017", "FA-2025-024", letter.get("id").asText());

        JsonNode file = service.get("/v1/cases/" + id, agent).json();
        assertThat(file.at("/outputs/letters/0/id").asText()).isEqualTo(letter.get("id").asText());
        assertThat(file.at("/outputs/downloads/0/outputId").asText()).isEqualTo(letter.get("id").asText());
        JsonNode notice = rule(service.get("/v1/cases/" + id + "/completeness?lang=en", agent).json(), "formal-notice");
        assertThat(notice.get("status").asText()).isEqualTo("missing");
        assertThat(notice.toString()).contains("formal notice issued by the service");

        JsonNode next = service.get("/v1/cases/" + id + "/follow-up?lang=en", agent).json().get("next");
        assertThat(next.get("action").asText()).as("the notice is written; what is left is to send it")
                .isEqualTo("RECORD_NOTICE_DISPATCH");
        assertThat(next.get("message").asText()).contains(letter.get("id").asText());

        JsonNode verified = service.upload("/v1/verify", lawyer, pdf, "application/pdf").json();
        assertThat(verified.at("/report/verdict").asText()).isEqualTo("VALID");
        assertThat(verified.get("issuedByTenant").asBoolean()).isTrue();
        assertThat(verified.at("/issuedBy/outputId").asText()).isEqualTo(letter.get("id").asText());
        assertThat(verified.at("/issuedBy/caseId").asText()).isEqualTo(id);

        byte[] altered = pdf.clone();
        int at = pdf.length / 3;
        altered[at] = (byte) (altered[at] ^ 0x01);
        JsonNode tampered = service.upload("/v1/verify", lawyer, altered, "application/pdf").json();
        assertThat(tampered.at("/report/verdict").asText()).isIn("ALTERED", "NOT_A_PDF");
        assertThat(tampered.get("issuedByTenant").asBoolean()).isFalse();

        String stranger = service.key("othertenant", Role.LAWYER);
        JsonNode elsewhere = service.upload("/v1/verify", stranger, pdf, "application/pdf").json();
        assertThat(elsewhere.at("/report/verdict").asText()).isEqualTo("VALID");
        assertThat(elsewhere.get("issuedByTenant").asBoolean()).as("another tenant's letter is not named").isFalse();
        assertThat(elsewhere.path("issuedBy").isMissingNode() || elsewhere.path("issuedBy").isNull()).isTrue();
        assertThat(service.get(letter.get("contentUrl").asText(), stranger).status()).isEqualTo(404);
    }

    @Test
    void theSameIdempotencyKeyNeverIssuesTwoLetters() throws Exception {
        String id = moroccanCaseWithClaims("LET-IDEM");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replies.add(pool.submit(() -> service.send("POST", "/v1/cases/" + id + "/letters", agent,
                        "{\"kind\":\"RELANCE\",\"language\":\"en\"}", Map.of("Idempotency-Key", "relance-2025-06-01"))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
                ids.add(reply.get().json().get("id").asText());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.get("/v1/cases/" + id + "/letters", agent).json()).hasSize(1);
    }

    @Test
    void aLetterThatWouldSaySomethingFalseIsRefusedWithEveryReason() {
        String empty = service.post("/v1/cases", agent, Samples.moroccanCase("LET-EMPTY", "Beta SARL")).json().get("id").asText();
        Reply refused = service.post("/v1/cases/" + empty + "/letters", agent, """
                {"kind":"ECHEANCIER","language":"de","deadlineDays":400}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("language", "deadlineDays");
        Reply noClaims = service.post("/v1/cases/" + empty + "/letters", agent, """
                {"kind":"ECHEANCIER","language":"fr"}""");
        assertThat(noClaims.status()).isEqualTo(422);
        assertThat(noClaims.json().get("errors")).extracting(e -> e.get("field").asText()).contains("claims", "plan");
        assertThat(service.post("/v1/cases/" + empty + "/letters", agent, "{\"kind\":\"SUMMONS\",\"language\":\"fr\"}")
                .json().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(service.post("/v1/cases/" + empty + "/letters", lawyer, "{\"kind\":\"RELANCE\",\"language\":\"fr\"}")
                .status()).as("lawyers read letters, agents issue them").isEqualTo(403);
        assertThat(service.get("/v1/cases/" + empty + "/letters", agent).json()).isEmpty();
    }

    /** Found in review: a plan of 100 000 € on a debt of 10 591,09 € was printed for the debtor to sign. */
    @Test
    void aPlanLetterCannotAskForMoreThanIsOwed() {
        String id = moroccanCaseWithClaims("LET-PLAN");
        Reply refused = service.post("/v1/cases/" + id + "/letters", agent, """
                {"kind":"ECHEANCIER","language":"fr","plan":{"instalments":[
                  {"dueDate":"2099-01-31","amount":"50000000.00"},{"dueDate":"2099-02-28","amount":"50000000.00"}]}}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("plan.instalments");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("100000000.00", "more than");

        // the interest that runs until the last instalment may be in the plan; a day past any case's is not
        Reply farOff = service.post("/v1/cases/" + id + "/letters", agent, """
                {"kind":"ECHEANCIER","language":"fr","plan":{"instalments":[{"dueDate":"+999999-01-31","amount":"1.00"}]}}""");
        assertThat(farOff.status()).as(farOff.body()).isEqualTo(422);
        assertThat(farOff.json().at("/errors/0/field").asText()).isEqualTo("plan.instalments[0].dueDate");
    }

    @Test
    void theStatementComesAsASealedPdfWhenAskedFor() throws Exception {
        String id = moroccanCaseWithClaims("LET-STMT");
        Bytes pdf = service.download("/v1/cases/" + id + "/statement?asOf=2025-06-30&lang=en", agent,
                Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        Path file = dir.resolve("statement.pdf");
        Files.write(file, pdf.body());
        assertThat(Validators.pdfA3bFailures(file)).isEmpty();
        assertThat(service.upload("/v1/verify", agent, pdf.body(), "application/pdf").json().at("/report/verdict").asText())
                .isEqualTo("VALID");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("FA-2025-017", "FA-2025-024");
        }
    }

    private static JsonNode rule(JsonNode completeness, String suffix) {
        for (JsonNode rule : completeness.get("rules")) {
            if (rule.get("id").asText().endsWith(suffix)) {
                return rule;
            }
        }
        throw new AssertionError("no rule *" + suffix + " in " + completeness);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
