package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.bordereau.cases.CaseNotFoundException;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentIntakeTest {
    @TempDir
    Path dir;
    IngestBench bench;

    @BeforeEach
    void openCase() {
        bench = new IngestBench(dir);
    }

    @Test
    void aFileIsStoredExactlyAsReceivedUnderItsHashAndRecordedOnTheCase() throws Exception {
        byte[] pdf = TestFiles.invoicePdf();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        IntakeResult result = bench.add(pdf, "Facture n° 42 été.pdf", "application/pdf");

        Document d = result.document();
        assertThat(result.created()).isTrue();
        assertThat(result.attachments()).isEmpty();
        assertThat(d.id()).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
        assertThat(d.sha256()).isEqualTo(sha256);
        assertThat(d.size()).isEqualTo(pdf.length);
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.declaredType()).isEqualTo("application/pdf");
        assertThat(d.filename()).isEqualTo("Facture n° 42 été.pdf");
        assertThat(d.metadata()).containsEntry("textSource", "text").containsEntry("pages", "1");
        assertThat(d.warnings()).isEmpty();
        assertThat(d.parentId()).isNull();
        assertThat(d.addedBy()).isEqualTo(IngestBench.AGENT);
        String key = "t/acme/blobs/sha256/" + sha256.substring(0, 2) + "/" + sha256;
        assertThat(bench.blobs()).containsExactly(key);
        assertThat(bench.store.getBytes(key)).isEqualTo(pdf);
        assertThat(bench.store.head(key).orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(bench.currentCase().documents()).containsExactly(d);
        assertThat(bench.currentCase().version()).isEqualTo(2);
        assertThat(bench.tempFiles()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is stored as {2}")
    @MethodSource("org.bordereau.ingest.TypeDetectionTest#allowedTypes")
    void everyAllowedTypeIsReadAndStored(String name, Supplier<byte[]> bytes, String type) {
        IngestBench noOcr = new IngestBench(dir.resolve("all"), IngestBench.limits(), "/nonexistent/tesseract");

        IntakeResult result = noOcr.add(bytes.get(), name, null);

        assertThat(result.created()).isTrue();
        assertThat(result.document().mediaType()).isEqualTo(type);
        assertThat(result.document().filename()).isEqualTo(name);
        assertThat(result.document().metadata()).containsKey("textSource");
        assertThat(noOcr.blobs()).hasSize(1 + result.attachments().size());
        assertThat(noOcr.tempFiles()).isEmpty();
    }

    @Test
    void theSameBytesTwiceMakeOneDocument() {
        IntakeResult first = bench.add(TestFiles.invoicePdf(), "facture.pdf", "application/pdf");
        long version = bench.currentCase().version();

        IntakeResult second = bench.add(TestFiles.invoicePdf(), "copie.pdf", null);

        assertThat(second.created()).isFalse();
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(second.document().filename()).isEqualTo("facture.pdf");
        assertThat(bench.currentCase().version()).isEqualTo(version);
        assertThat(bench.currentCase().documents()).hasSize(1);
        assertThat(bench.blobs()).hasSize(1);
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void theSameBytesSentFourTimesAtOnceMakeOneDocument() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<IntakeResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> bench.add(TestFiles.invoicePdf(), "facture.pdf", null)));
            }
            long created = 0;
            for (java.util.concurrent.Future<IntakeResult> r : results) {
                created += r.get().created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bench.currentCase().documents()).hasSize(1);
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void theKindTheUploaderStatesWinsAndTheClassifiersViewIsKeptAsAWarning() {
        IntakeResult result = bench.add(TestFiles.invoicePdf(), "facture.pdf", null, DocumentKind.DELIVERY_PROOF);

        Document d = result.document();
        assertThat(d.kind()).isEqualTo(DocumentKind.DELIVERY_PROOF);
        assertThat(d.extraction().kind()).isEqualTo(DocumentKind.DELIVERY_PROOF);
        assertThat(d.extraction().kindConfidence()).isEqualTo(1.0);
        assertThat(d.warnings()).singleElement().asString()
                .startsWith("The kind DELIVERY_PROOF was given with the upload; the classifier read ");
    }

    @Test
    void theNoteAndADisagreeingDeclaredTypeAreRecorded() {
        Upload upload = new Upload(new ByteArrayInputStream(TestFiles.image("png")), "application/pdf", "scan.pdf",
                null, "reçu par courrier le 3 mars");

        Document d = bench.intake.add(IngestBench.TENANT, IngestBench.AGENT, bench.caseId, upload).document();

        assertThat(d.mediaType()).isEqualTo("image/png");
        assertThat(d.declaredType()).isEqualTo("application/pdf");
        assertThat(d.note()).isEqualTo("reçu par courrier le 3 mars");
        assertThat(d.warnings()).contains(
                "The declared type application/pdf does not match the content, read as image/png.",
                "The file name's extension (.pdf) suggests application/pdf, but the content was read as image/png.");
    }

    @Test
    void anUnknownCaseIsNotFoundAndNothingIsStored() {
        Upload upload = new Upload(new ByteArrayInputStream(TestFiles.invoicePdf()), null, "f.pdf", null, null);

        assertThatThrownBy(() -> bench.intake.add(IngestBench.TENANT, IngestBench.AGENT, "01JAAAAAAAAAAAAAAAAAAAAAAA",
                upload)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> bench.intake.add("other-tenant", IngestBench.AGENT, bench.caseId,
                new Upload(new ByteArrayInputStream(TestFiles.invoicePdf()), null, "f.pdf", null, null)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(bench.blobs()).isEmpty();
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void aPreviewReadsLikeAnUploadAndStoresNothing() throws Exception {
        Path file = Files.write(dir.resolve("facture.pdf"), TestFiles.invoicePdf());

        ExtractionPreview preview = bench.intake.preview(file, "facture.pdf");

        Document stored = bench.add(TestFiles.invoicePdf(), "facture.pdf", null).document();
        assertThat(preview.mediaType()).isEqualTo(stored.mediaType());
        assertThat(preview.sha256()).isEqualTo(stored.sha256());
        assertThat(preview.size()).isEqualTo(stored.size());
        assertThat(preview.kind()).isEqualTo(stored.kind());
        assertThat(preview.fields()).isEqualTo(stored.fields());
        assertThat(preview.metadata()).isEqualTo(stored.metadata());
        assertThat(preview.warnings()).isEqualTo(stored.warnings());
        assertThat(file).exists();
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void textBeyondTheLimitIsCutWithAWarning() {
        IngestBench small = new IngestBench(dir.resolve("small"), IngestBench.limits(1 << 20,
                java.time.Duration.ofSeconds(30), 1_000, 3, 50), "tesseract");

        Document d = small.add(TestFiles.utf8("Relance. ".repeat(2_000)), "relance.txt", "text/plain").document();

        assertThat(d.warnings()).containsExactly(
                "The text was cut at 1000 characters; the stored file is whole.");
        assertThat(d.size()).isEqualTo(18_000);
    }
}
