package org.bordereau.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.cases.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailAttachmentsTest {
    @TempDir
    Path dir;

    private static final byte[] CONTRACT = TestFiles.docx(List.of("CONTRAT DE PRESTATION", "Entre Acme SAS et Beta SARL"));

    private static byte[] mailWithTwoAttachmentsAndALogo() {
        return TestFiles.eml("Facture F-2025-0042 et contrat", "Bonjour,\nveuillez trouver la facture et le contrat.",
                List.of(new TestFiles.Part("facture.pdf", "application/pdf", TestFiles.invoicePdf(), false),
                        new TestFiles.Part("contrat.docx", MediaTypes.DOCX, CONTRACT, false),
                        new TestFiles.Part("logo.png", "image/png", TestFiles.logo(), true)));
    }

    @Test
    void anEmailWithTwoAttachmentsMakesThreeDocumentsLinkedByParentId() {
        IngestBench bench = new IngestBench(dir);

        IntakeResult result = bench.add(mailWithTwoAttachmentsAndALogo(), "relance.eml", "message/rfc822");

        Document mail = result.document();
        assertThat(mail.mediaType()).isEqualTo("message/rfc822");
        assertThat(mail.metadata())
                .containsEntry("from", "Comptabilite Beta <compta@beta.ma>")
                .containsEntry("to", "Acme Recouvrement <recouvrement@acme.fr>, legal@acme.fr")
                .containsEntry("date", "2025-03-03T09:15:00Z")
                .containsEntry("subject", "Facture F-2025-0042 et contrat")
                .containsEntry("textSource", "text");
        assertThat(mail.warnings()).containsExactly("1 small inline image(s) under 10 KB (logos, signatures) were "
                + "not made documents; they remain inside the e-mail.");
        assertThat(result.attachments()).extracting(Document::filename).containsExactly("facture.pdf", "contrat.docx");
        assertThat(result.attachments()).extracting(Document::mediaType)
                .containsExactly("application/pdf", MediaTypes.DOCX);
        assertThat(result.attachments()).extracting(Document::parentId).containsOnly(mail.id());
        assertThat(bench.currentCase().documents()).hasSize(3);
        assertThat(bench.blobs()).hasSize(3);
        assertThat(bench.tempFiles()).isEmpty();
    }

    /** Found in review: the limit counted per e-mail, so e-mails in an e-mail multiplied it (2 551 documents). */
    @Test
    void theAttachmentLimitCountsForTheWholeUploadNotPerEmail() {
        IngestBench bench = new IngestBench(dir, IngestBench.limits(20L * 1024 * 1024, Duration.ofSeconds(30),
                2_000_000, 3, 3), "tesseract");
        List<TestFiles.Part> forwarded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] inner = TestFiles.eml("Transfert " + i, "voir pièces", List.of(
                    new TestFiles.Part("note-" + i + "-a.txt", "text/plain", ("note a " + i).getBytes(UTF_8), false),
                    new TestFiles.Part("note-" + i + "-b.txt", "text/plain", ("note b " + i).getBytes(UTF_8), false)));
            forwarded.add(new TestFiles.Part("transfert-" + i + ".eml", "message/rfc822", inner, false));
        }

        IntakeResult result = bench.add(TestFiles.eml("Dossier complet", "ci-joint", forwarded), "dossier.eml",
                "message/rfc822");

        assertThat(bench.currentCase().documents()).hasSize(1 + 3);
        assertThat(result.document().warnings()).anySatisfy(w -> assertThat(w).contains("More than 3 attachments"));
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void theSameEmailAgainAnswersWithTheSameDocumentsAndStoresNothing() {
        IngestBench bench = new IngestBench(dir);
        IntakeResult first = bench.add(mailWithTwoAttachmentsAndALogo(), "relance.eml", null);
        long version = bench.currentCase().version();

        IntakeResult again = bench.add(mailWithTwoAttachmentsAndALogo(), "relance.eml", null);

        assertThat(again.created()).isFalse();
        assertThat(again.document()).isEqualTo(first.document());
        assertThat(again.attachments()).isEqualTo(first.attachments());
        assertThat(bench.currentCase().version()).isEqualTo(version);
    }

    @Test
    void anAttachmentAlreadyOnTheCaseIsNotAddedTwiceAndTheEmailSaysWhichDocumentItIs() {
        IngestBench bench = new IngestBench(dir);
        Document invoice = bench.add(TestFiles.invoicePdf(), "facture.pdf", null).document();

        IntakeResult result = bench.add(mailWithTwoAttachmentsAndALogo(), "relance.eml", null);

        assertThat(result.attachments()).extracting(Document::filename).containsExactly("contrat.docx");
        assertThat(result.document().warnings()).contains("The attachment \"facture.pdf\" is the same file as document "
                + invoice.id() + ", already on the case.");
        assertThat(bench.currentCase().documents()).hasSize(3);
    }

    @Test
    void whenStorageFailsHalfWaySendingTheEmailAgainCompletesIt() throws Exception {
        FlakyBlobStore store = new FlakyBlobStore(new org.bordereau.storage.FileBlobStore(dir.resolve("data")));
        org.bordereau.cases.CaseService cases = new org.bordereau.cases.CaseService(store, java.time.Clock.systemUTC());
        String caseId = cases.create("acme", "agent:alice", IngestBench.newCase()).id();
        DocumentIntake intake = new DocumentIntake(store, cases, new Extractor(), IngestBench.limits(),
                java.nio.file.Files.createDirectories(dir.resolve("tmp")));
        store.failBlobWritesAfter(2); // the e-mail and its first attachment

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.add("acme", "agent:alice", caseId,
                        upload(mailWithTwoAttachmentsAndALogo())))
                .isInstanceOf(org.bordereau.storage.StorageUnavailableException.class);
        assertThat(cases.get("acme", caseId).documents()).extracting(Document::filename)
                .containsExactly("relance.eml", "facture.pdf");

        store.heal();
        IntakeResult again = intake.add("acme", "agent:alice", caseId, upload(mailWithTwoAttachmentsAndALogo()));

        assertThat(again.created()).isFalse();
        assertThat(again.attachments()).extracting(Document::filename).containsExactly("facture.pdf", "contrat.docx");
        assertThat(again.attachments()).extracting(Document::parentId).containsOnly(again.document().id());
        assertThat(cases.get("acme", caseId).documents()).hasSize(3);
    }

    private static Upload upload(byte[] bytes) {
        return new Upload(new java.io.ByteArrayInputStream(bytes), null, "relance.eml", null, null);
    }

    @Test
    void anOutlookMessageGivesItsHeadersAndAttachment() {
        IngestBench bench = new IngestBench(dir);

        IntakeResult result = bench.add(TestFiles.msg("Votre facture", "Bonjour, ci-joint la facture.", "facture.pdf",
                TestFiles.invoicePdf()), "relance.msg", "application/vnd.ms-outlook");

        assertThat(result.document().mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(result.document().metadata())
                .containsEntry("from", "Comptabilite Beta <compta@beta.ma>")
                .containsEntry("to", "recouvrement@acme.fr")
                .containsEntry("date", "2025-03-04T08:30:00Z")
                .containsEntry("subject", "Votre facture");
        assertThat(result.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("facture.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(a.parentId()).isEqualTo(result.document().id());
        });
    }

    @Test
    void anAttachmentThatWouldBeRefusedIsLeftInsideTheEmailWithAWarning() {
        IngestBench bench = new IngestBench(dir);
        byte[] mail = TestFiles.eml("Pièces", "Voir pièces jointes.", List.of(
                new TestFiles.Part("setup.pdf", "application/pdf", TestFiles.executable(), false),
                new TestFiles.Part("protege.pdf", "application/pdf", TestFiles.encryptedPdf(), false),
                new TestFiles.Part("facture.pdf", "application/pdf", TestFiles.invoicePdf(), false)));

        IntakeResult result = bench.add(mail, "pieces.eml", null);

        assertThat(result.created()).isTrue();
        assertThat(result.attachments()).extracting(Document::filename).containsExactly("facture.pdf");
        assertThat(result.document().warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("The attachment \"setup.pdf\" was not made a document: The content is "
                        + "application/x-msdownload"));
        assertThat(result.document().warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("The attachment \"protege.pdf\" was not made a document: The PDF file is protected"));
        assertThat(bench.tempFiles()).isEmpty();
    }

    @Test
    void nestingAndCountLimitsStopAttachmentsNotTheEmail() {
        IngestBench bench = new IngestBench(dir, IngestBench.limits(20 << 20, Duration.ofSeconds(30), 2_000_000, 1, 1),
                "tesseract");
        byte[] inner = TestFiles.eml("Transfert interne", "Voir la facture.",
                List.of(new TestFiles.Part("facture.pdf", "application/pdf", TestFiles.invoicePdf(), false)));
        byte[] outer = TestFiles.eml("Fwd: Transfert interne", "Pour info.", List.of(
                new TestFiles.Part("transfert.eml", "message/rfc822", inner, false),
                new TestFiles.Part("contrat.docx", MediaTypes.DOCX, CONTRACT, false)));

        IntakeResult result = bench.add(outer, "fwd.eml", null);

        assertThat(result.document().warnings()).contains("Only the first 1 attachments became documents; 1 more are "
                + "kept inside the e-mail only.");
        assertThat(result.attachments()).singleElement().satisfies(nested -> {
            assertThat(nested.filename()).isEqualTo("transfert.eml");
            assertThat(nested.metadata()).containsEntry("subject", "Transfert interne");
            assertThat(nested.warnings()).contains("This e-mail is nested in others deeper than the limit, so its 1 "
                    + "attachment(s) were not made documents; they remain inside it.");
        });
        assertThat(bench.currentCase().documents()).hasSize(2);
        assertThat(bench.tempFiles()).isEmpty();
    }
}
