package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.bordereau.ingest.DocumentRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeDetectionTest {
    private static final TypeDetector DETECTOR = new TypeDetector(TikaConfig.getDefaultConfig());

    @TempDir
    Path dir;

    static Stream<Arguments> allowedTypes() {
        List<TestFiles.Part> pdf = List.of(new TestFiles.Part("f.pdf", "application/pdf", TestFiles.invoicePdf(), false));
        return Stream.of(
                Arguments.of("facture.pdf", (Supplier<byte[]>) TestFiles::invoicePdf, "application/pdf"),
                Arguments.of("scan.png", (Supplier<byte[]>) () -> TestFiles.image("png"), "image/png"),
                Arguments.of("scan.jpg", (Supplier<byte[]>) () -> TestFiles.image("jpeg"), "image/jpeg"),
                Arguments.of("scan.tif", (Supplier<byte[]>) () -> TestFiles.image("tiff"), "image/tiff"),
                Arguments.of("note.txt", (Supplier<byte[]>) () -> TestFiles.utf8("Relance du 3 mars"), "text/plain"),
                Arguments.of("releve.csv", (Supplier<byte[]>) () -> TestFiles.utf8("n;montant\nF-1;12,50\n"), "text/csv"),
                Arguments.of("mail.eml", (Supplier<byte[]>) () -> TestFiles.eml("Facture", "Bonjour", pdf),
                        "message/rfc822"),
                Arguments.of("mail.msg", (Supplier<byte[]>) () -> TestFiles.msg("Facture", "Bonjour", "f.pdf",
                        TestFiles.invoicePdf()), "application/vnd.ms-outlook"),
                Arguments.of("contrat.docx", (Supplier<byte[]>) () -> TestFiles.docx(List.of("Contrat")),
                        MediaTypes.DOCX),
                Arguments.of("contrat.doc", (Supplier<byte[]>) TestFiles::docContainer, "application/msword"),
                Arguments.of("contrat.odt", (Supplier<byte[]>) () -> TestFiles.odt("Contrat"), MediaTypes.ODT),
                Arguments.of("contrat.rtf", (Supplier<byte[]>) () -> TestFiles.rtf("Contrat"), "application/rtf"),
                Arguments.of("releve.xlsx", (Supplier<byte[]>) TestFiles::xlsx, MediaTypes.XLSX),
                Arguments.of("releve.xls", (Supplier<byte[]>) TestFiles::xls, "application/vnd.ms-excel"),
                Arguments.of("releve.ods", (Supplier<byte[]>) () -> TestFiles.ods("Relevé"), MediaTypes.ODS),
                Arguments.of("ubl.xml", (Supplier<byte[]>) TestFiles::ublInvoice, "application/xml"),
                Arguments.of("avoir.xml", (Supplier<byte[]>) TestFiles::ublCreditNote, "application/xml"),
                Arguments.of("cii.xml", (Supplier<byte[]>) TestFiles::ciiInvoice, "application/xml"));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("allowedTypes")
    void everyAllowedTypeIsRecognisedFromItsBytesWithoutWarnings(String name, Supplier<byte[]> bytes, String type)
            throws Exception {
        Path file = write(bytes.get());

        TypeDetector.Detection withName = DETECTOR.detect(file, null, name);

        assertThat(withName.mediaType()).isEqualTo(type);
        assertThat(withName.warnings()).isEmpty();
        if (!type.equals("text/csv")) { // CSV is plain text that only its name tells apart
            assertThat(DETECTOR.detect(file, null, null).mediaType()).as("without a name").isEqualTo(type);
        }
    }

    @Test
    void eInvoicesAreToldApartByTheirRootElement() throws Exception {
        assertThat(DETECTOR.detect(write(TestFiles.ublInvoice()), null, null).xmlFormat()).isEqualTo("UBL-Invoice");
        assertThat(DETECTOR.detect(write(TestFiles.ublCreditNote()), null, null).xmlFormat())
                .isEqualTo("UBL-CreditNote");
        assertThat(DETECTOR.detect(write(TestFiles.ciiInvoice()), null, null).xmlFormat()).isEqualTo("CII");
        assertThat(DETECTOR.detect(write(TestFiles.invoicePdf()), null, null).xmlFormat()).isNull();
    }

    @Test
    void anEInvoiceWithoutItsXmlDeclarationIsStillAnEInvoice() throws Exception {
        String ubl = new String(TestFiles.ublInvoice(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>\\s*", "");
        Path file = write(TestFiles.utf8("\n  " + ubl));

        TypeDetector.Detection detection = DETECTOR.detect(file, "text/plain", "facture.txt");

        assertThat(detection.mediaType()).isEqualTo("application/xml");
        assertThat(detection.xmlFormat()).isEqualTo("UBL-Invoice");
    }

    @Test
    void plainTextDeclaredAsHtmlOrXmlStaysPlainText() throws Exception {
        Path text = write(TestFiles.utf8("Bonjour, voici notre relance du 3 mars."));

        assertThat(DETECTOR.detect(text, "text/html", "relance.html").mediaType()).isEqualTo("text/plain");
        assertThat(DETECTOR.detect(text, "application/xml", "relance.xml").mediaType()).isEqualTo("text/plain");
        assertThat(DETECTOR.detect(write(TestFiles.utf8("<p>pas une facture</p>")), null, null).mediaType())
                .isEqualTo("text/plain");
    }

    @Test
    void theDeclaredTypeAndTheExtensionAreRecordedWhenTheyDisagreeButNeverTrusted() throws Exception {
        Path pdf = write(TestFiles.invoicePdf());

        TypeDetector.Detection lying = DETECTOR.detect(pdf, "image/png; charset=binary", "scan.png");

        assertThat(lying.mediaType()).isEqualTo("application/pdf");
        assertThat(lying.warnings()).containsExactly(
                "The declared type image/png does not match the content, read as application/pdf.",
                "The file name's extension (.png) suggests image/png, but the content was read as application/pdf.");
        assertThat(DETECTOR.detect(pdf, "application/octet-stream", "facture").warnings())
                .as("'unknown' and no extension say nothing").isEmpty();
        assertThat(DETECTOR.detect(pdf, "Application/PDF", "FACTURE.PDF").warnings()).isEmpty();
        assertThat(DETECTOR.detect(pdf, "not a type", null).warnings()).singleElement().asString()
                .contains("not a valid media type");
    }

    @Test
    void textLabelledCsvBecomesCsvButBinaryLabelledPdfStaysUnknown() throws Exception {
        Path text = write(TestFiles.utf8("n;montant\nF-1;12,50\n"));
        assertThat(DETECTOR.detect(text, "text/csv", null).mediaType()).isEqualTo("text/csv");

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> DETECTOR.detect(write(noise), "application/pdf", "facture.pdf"));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.detail()).startsWith("The content is application/octet-stream,");
    }

    static Stream<Arguments> refusedTypes() {
        return Stream.of(
                Arguments.of("facture.pdf", TestFiles.executable(), "application/x-msdownload"),
                Arguments.of("pieces.zip", TestFiles.zip("facture.pdf", TestFiles.invoicePdf()), "application/zip"),
                Arguments.of("page.html", TestFiles.utf8("<html><body><p>Facture</p></body></html>"), "text/html"),
                Arguments.of("catalogue.xml", TestFiles.otherXml(), "application/xml"),
                Arguments.of("photo.gif", new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0}, "image/gif"));
    }

    @ParameterizedTest(name = "{0} is refused as {2}")
    @MethodSource("refusedTypes")
    void anythingElseIsRefusedNamingWhatItIs(String name, byte[] bytes, String type) throws Exception {
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> DETECTOR.detect(write(bytes), "application/pdf", name));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.detail()).contains(type);
    }

    private Path write(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "f", ".bin"), bytes);
    }
}
