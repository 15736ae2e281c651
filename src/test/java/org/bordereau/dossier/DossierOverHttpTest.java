package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.bordereau.access.Role;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Bytes;
import org.bordereau.testing.RunningService.Reply;
import org.bordereau.testing.Validators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The done-when, through HTTP only: 30+ exhibits of every supported type uploaded, claims
 * confirmed, the dossier requested, polled until READY, downloaded, and re-read as a lawyer's tools
 * would: page ranges, stamps, bookmarks, links, attachments against the manifest, veraPDF, EU DSS.
 */
class DossierOverHttpTest {
    @TempDir
    static Path dir;
    static RunningService service;
    static String agent;
    static String lawyer;
    static String caseId;
    static String location;
    static JsonNode dossier;
    static Path pdfFile;
    static PDDocument pdf;
    static JsonNode manifest;
    static final List<String> pageTexts = new ArrayList<>();
    static int uploads;

    @BeforeAll
    static void buildThroughTheApi() throws Exception {
        service = RunningService.fs(dir.resolve("data"));
        agent = service.key("acme", Role.AGENT);
        lawyer = service.key("acme", Role.LAWYER);
        caseId = DossierHttp.moroccanCase(service, agent, "ACME-2025-HTTP");
        DossierFixtures f = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        up(f.pdf("contrat-cadre.pdf", 3, PDRectangle.A4, 0, false), "application/pdf", "CONTRACT");
        up(f.docx("devis-D-118.docx", "Devis D-118 : 40 palettes, 12 500,00 MAD"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "QUOTE");
        up(f.odt("2024-10-01 Bon de commande BC-77.odt", "Bon de commande BC-77"),
                "application/vnd.oasis.opendocument.text", "PURCHASE_ORDER");
        List<String> invoiceIds = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            invoiceIds.add(up(f.pdf("2025-01-1" + (i % 10) + " Facture F-2025-0" + (10 + i) + ".pdf", 1 + i % 3,
                    PDRectangle.A4, 0, i == 4), "application/pdf", "INVOICE").get("id").asText());
        }
        up(f.pdf("releve-paysage.pdf", 2, landscape, 0, false), "application/pdf", "INVOICE");
        up(f.jpeg("bon-livraison-photo.jpg", 800, 600, "LIVRAISON", 6), "image/jpeg", "DELIVERY_PROOF");
        up(f.png("2024-11-20 Preuve de livraison.png", "RECU 20/11"), "image/png", "DELIVERY_PROOF");
        up(f.tiff("bordereau-transport.tif", 2), "image/tiff", "DELIVERY_PROOF");
        up(f.pdf("pv-reception.pdf", 1, PDRectangle.A4, 90, false), "application/pdf", "DELIVERY_PROOF");
        up(f.eml("reponse-debiteur.eml", "Re: Facture F-2025-017", "Tue, 04 Mar 2025 10:15:00 +0100", false),
                "message/rfc822", "CORRESPONDENCE");
        for (int i = 1; i <= 4; i++) {
            up(f.eml("courriel-" + i + ".eml", "Relance amiable n°" + i, "Mon, 1" + i + " Jan 2025 09:0" + i + ":00 +0000",
                    false), "message/rfc822", "CORRESPONDENCE");
        }
        up(f.text("2025-03-04 Compte rendu d'appel.txt", "Appel du 4 mars 2025 avec M. Alami (DAF).\nIl reconnaît la dette.\n"),
                "text/plain", "CORRESPONDENCE");
        up(f.text("notes-agent.txt", "Notes de l'agent\nRAS\n"), "text/plain", "CORRESPONDENCE");
        for (int i = 1; i <= 3; i++) {
            up(f.pdf("relance-" + i + ".pdf", 1, PDRectangle.A4, 0, false), "application/pdf", "REMINDER");
        }
        up(f.pdf("mise-en-demeure.pdf", 2, PDRectangle.A4, 0, false), "application/pdf", "REMINDER");
        up(f.pdf("avis-virement.pdf", 1, PDRectangle.A4, 0, false), "application/pdf", "PAYMENT_PROOF");
        up(f.pdf("echeancier-signe.pdf", 2, landscape, 90, false), "application/pdf", "PAYMENT_PROOF");
        for (int i = 0; i < 2; i++) {
            Reply claim = service.post("/v1/cases/" + caseId + "/claims", agent, """
                    {"invoiceNumber":"F-2025-01%d","issueDate":"2025-01-1%d","dueDate":"2025-02-1%d",
                     "amount":"12500.00","documentIds":["%s"]}""".formatted(i + 1, i + 1, i + 1, invoiceIds.get(i)));
            assertThat(claim.status()).as(claim.body()).isIn(200, 201);
        }

        Reply requested = service.post("/v1/cases/" + caseId + "/dossiers", agent, "{\"language\":\"fr\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        location = requested.header("Location");
        assertThat(location).isEqualTo("/v1/cases/" + caseId + "/dossiers/" + requested.json().get("id").asText());
        assertThat(requested.json().get("status").asText()).isIn("QUEUED", "BUILDING", "READY");
        dossier = DossierHttp.awaitOutcome(service, lawyer, location);
        assertThat(dossier.get("status").asText()).as(dossier.toString()).isEqualTo("READY");

        Bytes download = service.download(location + "/content", lawyer, Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        pdfFile = Files.write(dir.resolve("dossier.pdf"), download.body());
        pdf = Loader.loadPDF(download.body());
        manifest = new ObjectMapper().readTree(attachments().get(Attachments.MANIFEST));
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pageTexts.add(stripper.getText(pdf));
        }
        String keep = System.getenv("DOSSIER_KEEP"); // to look at it: DOSSIER_KEEP=/tmp/x mvn test ...
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.write(Path.of(keep, "dossier-http.pdf"), download.body());
        }
    }

    private static JsonNode up(Path file, String type, String kind) throws IOException {
        uploads++;
        return DossierHttp.upload(service, agent, caseId, file, type, kind);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void filesThirtyExhibitsOfEveryTypeAndReportsThem() {
        assertThat(uploads).isGreaterThanOrEqualTo(30);
        assertThat(dossier.get("exhibits").asInt()).isEqualTo(manifest.get("exhibits").size()).isGreaterThanOrEqualTo(30);
        assertThat(dossier.get("pages").asInt()).isEqualTo(pdf.getNumberOfPages());
        assertThat(dossier.at("/progress/done").asInt()).isEqualTo(dossier.at("/progress/total").asInt());
        assertThat(dossier.get("sha256").asText()).isEqualTo(DossierFixtures.sha256(pdfBytes()));
        assertThat(dossier.get("sealLevel").asText()).isEqualTo("PAdES-BASELINE-B");
        assertThat(dossier.get("developmentSeal").asBoolean()).isTrue();
        assertThat(dossier.get("chainHead").asText()).isEqualTo(manifest.get("chainHead").asText());
        List<String> conversions = manifest.get("exhibits").findValuesAsText("conversion");
        assertThat(conversions).contains("pdf", "email", "text").anyMatch(c -> c.startsWith("image"))
                .anyMatch(c -> c.equals("office") || c.equals("placeholder"));
    }

    @Test
    void indexPageRangesAreTheStampedPages() {
        int total = pdf.getNumberOfPages();
        String index = String.join("\n", pageTexts.subList(0, manifest.get("frontMatterPages").asInt()));
        for (JsonNode e : manifest.get("exhibits")) {
            int number = e.get("number").asInt();
            int first = e.at("/pages/first").asInt();
            int count = e.at("/pages/count").asInt();
            for (int i = 1; i <= count; i++) {
                assertThat(pageTexts.get(first + i - 2)).as("page %d of exhibit %d", i, number)
                        .contains("Pièce n° " + number + " — p. " + i + "/" + count)
                        .contains((first + i - 1) + " / " + total);
            }
            int last = e.at("/pages/last").asInt(); // the bordereau prints each exhibit's real range
            assertThat(index).contains(first == last ? Integer.toString(first) : first + "–" + last);
        }
    }

    @Test
    void bookmarksAndIndexLinksLandOnEachExhibitFirstPage() throws IOException {
        Map<Integer, Integer> bookmarks = new HashMap<>();
        for (PDOutlineItem top : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            for (PDOutlineItem child : top.children()) {
                Matcher number = Pattern.compile("Pièce n° (\\d+) — ").matcher(child.getTitle());
                if (number.find()) {
                    bookmarks.put(Integer.parseInt(number.group(1)), pageIndex(child.getDestination()));
                }
            }
        }
        java.util.Set<Integer> links = new java.util.HashSet<>(); // where the bordereau's lines lead
        for (int p = 0; p < manifest.get("frontMatterPages").asInt(); p++) {
            for (PDAnnotation annotation : pdf.getPage(p).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    links.add(pageIndex(goTo.getDestination()));
                }
            }
        }
        for (JsonNode e : manifest.get("exhibits")) {
            int number = e.get("number").asInt();
            int firstIndex = e.at("/pages/first").asInt() - 1;
            assertThat(bookmarks.get(number)).as("bookmark of exhibit %d", number).isEqualTo(firstIndex);
            assertThat(links).as("an index link to exhibit %d's first page", number).contains(firstIndex);
        }
    }

    @Test
    void attachedOriginalsHashToTheManifestAndToTheUploads() throws IOException {
        Map<String, byte[]> attached = attachments();
        JsonNode documents = service.get("/v1/cases/" + caseId, lawyer).json().get("documents");
        Map<String, String> uploaded = new HashMap<>();
        documents.forEach(d -> uploaded.put(d.get("id").asText(), d.get("sha256").asText()));
        for (JsonNode exhibit : manifest.get("exhibits")) {
            byte[] original = attached.get(exhibit.get("attachment").asText());
            assertThat(original).as(exhibit.get("filename").asText()).isNotNull();
            assertThat(DossierFixtures.sha256(original)).isEqualTo(exhibit.get("sha256").asText())
                    .isEqualTo(uploaded.get(exhibit.get("documentId").asText()));
        }
        assertThat(attached).hasSize(manifest.get("exhibits").size() + 1);
    }

    @Test
    void isPdfA3bAndPadesBaselineBIntact() throws Exception {
        assertThat(manifest.at("/pdfa/conformance").asText()).as(manifest.at("/pdfa").toString()).isEqualTo("PDF/A-3B");
        assertThat(Validators.pdfA3bFailures(pdfFile)).isEmpty();
        Reports reports = Validators.dss(pdfFile);
        String id = reports.getSimpleReport().getFirstSignatureId();
        assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
    }

    @Test
    void theZipHoldsThePdfTheManifestAndEveryOriginal() throws IOException {
        Bytes zip = service.download(location + "/content?format=zip", lawyer, Map.of());
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.get("dossier.pdf")).isEqualTo(pdfBytes());
        assertThat(entries.get("manifest.json")).isEqualTo(attachments().get(Attachments.MANIFEST));
        for (JsonNode exhibit : manifest.get("exhibits")) {
            byte[] original = entries.get("originals/" + exhibit.get("attachment").asText());
            assertThat(original).isNotNull();
            assertThat(DossierFixtures.sha256(original)).isEqualTo(exhibit.get("sha256").asText());
        }
        assertThat(entries).hasSize(manifest.get("exhibits").size() + 2);
    }

    @Test
    void aLinkDownloadsWithoutKeyAndEveryDownloadIsRecorded() {
        Reply link = service.get(location + "/link", lawyer);
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        URI url = URI.create(link.json().get("url").asText());
        Logger access = (Logger) LoggerFactory.getLogger("access");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        access.addAppender(logged);
        Bytes viaLink;
        try {
            viaLink = service.download(url.getPath(), null, Map.of());
        } finally {
            access.detachAppender(logged);
        }
        assertThat(viaLink.status()).isEqualTo(200);
        assertThat(viaLink.body()).isEqualTo(pdfBytes());
        String token = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        assertThat(logged.list).as("the download was logged").isNotEmpty()
                .noneMatch(line -> line.getFormattedMessage().contains(token));

        Bytes ranged = service.download(location + "/content", agent, Map.of("Range", "bytes=100-199"));
        assertThat(ranged.status()).isEqualTo(206);
        JsonNode downloads = service.get("/v1/cases/" + caseId, agent).json().at("/outputs/downloads");
        List<String> seen = new ArrayList<>();
        downloads.forEach(d -> seen.add(d.get("format").asText() + "/" + d.get("via").asText()));
        assertThat(seen).contains("pdf/api", "pdf/link");
        downloads.forEach(d -> {
            assertThat(d.get("output").asText()).isEqualTo("dossier");
            assertThat(d.get("by").asText()).startsWith("key:");
        });
        assertThat(seen.stream().filter(s -> s.equals("pdf/api")).count())
                .as("the range request after the first download is not a second download").isLessThanOrEqualTo(2);
    }

    /** Found in review: these sent the whole file and recorded nothing, a hole in the chain of custody. */
    @Test
    void everyRequestThatMaySendTheFirstByteIsRecordedAsADownload() {
        int before = service.get("/v1/cases/" + caseId, agent).json().at("/outputs/downloads").size();
        for (String range : new String[] {"bytes=-999999999", "bytes=1-2, 0-", "items=0-", "bytes=0-99"}) {
            Bytes reply = service.download(location + "/content", lawyer, Map.of("Range", range));
            assertThat(reply.status()).as(range).isIn(200, 206);
        }
        int after = service.get("/v1/cases/" + caseId, agent).json().at("/outputs/downloads").size();
        assertThat(after - before).isEqualTo(4);

        assertThat(service.download(location + "/content", lawyer, Map.of("Range", "bytes=100-199")).status())
                .isEqualTo(206);
        assertThat(service.get("/v1/cases/" + caseId, agent).json().at("/outputs/downloads").size())
                .as("the rest of a download is not another one").isEqualTo(after);
    }

    @Test
    void anotherTenantGetsNotFound() {
        String stranger = service.key("other", Role.AGENT);
        assertThat(service.get(location, stranger).status()).isEqualTo(404);
        assertThat(service.download(location + "/content", stranger, Map.of()).status()).isEqualTo(404);
        assertThat(service.post("/v1/cases/" + caseId + "/dossiers", stranger, "{}").status()).isEqualTo(404);
        assertThat(service.post("/v1/cases/" + caseId + "/dossiers", lawyer, "{}").status()).isEqualTo(403);
    }

    private static byte[] pdfBytes() {
        try {
            return Files.readAllBytes(pdfFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> attachments() throws IOException {
        Map<String, byte[]> attached = new HashMap<>();
        for (Map.Entry<String, PDComplexFileSpecification> entry : pdf.getDocumentCatalog().getNames().getEmbeddedFiles()
                .getNames().entrySet()) {
            attached.put(entry.getKey(), entry.getValue().getEmbeddedFile().toByteArray());
        }
        return attached;
    }

    private static int pageIndex(Object destination) {
        return pdf.getPages().indexOf(((PDPageDestination) destination).getPage());
    }
}
