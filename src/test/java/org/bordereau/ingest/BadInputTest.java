package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.bordereau.ingest.DocumentRejectedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input corpus of issue 4, generated here: each file gets its reason and leaves nothing. */
class BadInputTest {
    @TempDir
    Path dir;
    IngestBench bench;

    @BeforeEach
    void openCase() {
        bench = new IngestBench(dir, IngestBench.limits(2 * 1024 * 1024, java.time.Duration.ofSeconds(30),
                2_000_000, 3, 50), "tesseract");
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty.pdf", new byte[0], Reason.EMPTY, "empty"),
                Arguments.of("big.pdf", new byte[2 * 1024 * 1024 + 1], Reason.TOO_LARGE, "2 MB"),
                Arguments.of("../x.pdf", TestFiles.invoicePdf(), Reason.BAD_FILENAME, "path separator"),
                Arguments.of("a\u0000b.pdf", TestFiles.invoicePdf(), Reason.BAD_FILENAME, "U+0000"),
                Arguments.of("facture\u202Efdp.exe", TestFiles.invoicePdf(), Reason.BAD_FILENAME, "U+202E"),
                Arguments.of("facture.pdf", TestFiles.executable(), Reason.UNSUPPORTED_TYPE, "application/x-msdownload"),
                Arguments.of("pieces.zip", TestFiles.zip("f.pdf", TestFiles.invoicePdf()), Reason.UNSUPPORTED_TYPE,
                        "application/zip"),
                Arguments.of("catalogue.xml", TestFiles.otherXml(), Reason.UNSUPPORTED_TYPE, "'catalogue'"),
                Arguments.of("protected.pdf", TestFiles.encryptedPdf(), Reason.ENCRYPTED, "password"),
                Arguments.of("protected.docx", TestFiles.encryptedDocx(), Reason.ENCRYPTED, "password"),
                Arguments.of("truncated.pdf", TestFiles.truncatedPdf(), Reason.CORRUPT, "damaged or truncated"),
                Arguments.of("laughs.xml", TestFiles.billionLaughs(), Reason.TOO_COMPLEX, "DOCTYPE"),
                Arguments.of("xxe.xml", TestFiles.externalEntity(), Reason.TOO_COMPLEX, "DOCTYPE"),
                Arguments.of("bomb.docx", TestFiles.docxBomb(), Reason.TOO_COMPLEX, "decompression bomb"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("corpus")
    void eachBadFileGetsItsReasonAndLeavesNothingBehind(String name, byte[] bytes, Reason reason, String said) {
        long version = bench.currentCase().version();

        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> bench.add(bytes, name, "application/pdf"));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.detail()).contains(said).doesNotContain(dir.toString()).doesNotContain("Exception");
        assertThat(bench.blobs()).as("no blob stored").isEmpty();
        assertThat(bench.currentCase().version()).as("no event written").isEqualTo(version);
        assertThat(bench.currentCase().documents()).isEmpty();
        assertThat(bench.tempFiles()).as("no temporary file left").isEmpty();
    }

    @Test
    void aValidSiblingUploadedBeforeARefusedFileIsKept() {
        bench.add(TestFiles.invoicePdf(), "facture.pdf", "application/pdf");

        catchThrowableOfType(DocumentRejectedException.class,
                () -> bench.add(TestFiles.encryptedPdf(), "protected.pdf", "application/pdf"));

        assertThat(bench.blobs()).hasSize(1);
        assertThat(bench.currentCase().documents()).hasSize(1);
    }
}
