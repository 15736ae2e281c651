package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.bordereau.ingest.DocumentRejectedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity expansion and external entities, past the first line of defence: detection refuses any DTD
 * (see BadInputTest); these feed the files straight to the reader, to show the parsers hold too.
 */
class XmlEntitiesTest {
    @TempDir
    Path dir;
    DocumentReader reader;

    @BeforeEach
    void reader() {
        reader = new DocumentReader(TikaConfig.getDefaultConfig(), IngestBench.limits(), dir, new TimeLimit());
    }

    @Test
    void billionLaughsStopsAtTheEntityExpansionLimit() throws Exception {
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> reader.read(write(TestFiles.billionLaughs()), MediaTypes.XML, false));

        assertThat(e.reason()).isEqualTo(Reason.TOO_COMPLEX);
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        try (DocumentReader.Reading reading = reader.read(write(TestFiles.externalEntity()), MediaTypes.XML, false)) {
            assertThat(reading.text()).doesNotContain("root:");
        }
    }

    @Test
    void anExternalEntityInsideAWordDocumentIsNeverResolved() throws Exception {
        byte[] docx = TestFiles.docxWithDocumentXml("<?xml version=\"1.0\"?><!DOCTYPE w:document ["
                + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>x&secret;y</w:t></w:r>"
                + "</w:p></w:body></w:document>");
        try (DocumentReader.Reading reading = reader.read(write(docx), MediaTypes.DOCX, false)) {
            assertThat(reading.text()).doesNotContain("root:");
        } catch (DocumentRejectedException refused) {
            assertThat(refused.reason()).isIn(Reason.TOO_COMPLEX, Reason.CORRUPT);
        }
    }

    private Path write(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "x", ".bin"), bytes);
    }
}
