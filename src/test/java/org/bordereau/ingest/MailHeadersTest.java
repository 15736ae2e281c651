package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

    @Test
    void aDateHeaderWithAZoneCommentBecomesAnInstant() {
        Metadata tika = new Metadata();
        tika.set(Message.MESSAGE_RAW_HEADER_PREFIX + "Date", "Tue, 4 Mar 2025 09:30:00 +0100 (CET)");

        assertThat(MailHeaders.of(tika)).containsEntry("date", "2025-03-04T08:30:00Z");
    }

    @Test
    void anUnreadableDateIsLeftOutNotGuessed() {
        Metadata tika = new Metadata();
        tika.set(Message.MESSAGE_RAW_HEADER_PREFIX + "Date", "mardi dernier");
        tika.set(TikaCoreProperties.TITLE, "Relance");

        assertThat(MailHeaders.of(tika)).containsOnlyKeys("subject");
    }

    @Test
    void headersAreSingleBoundedLines() {
        Metadata tika = new Metadata();
        tika.set(TikaCoreProperties.TITLE, "Relance\r\nBcc: victim@example.com");
        tika.add(Message.MESSAGE_TO, "a@b.ma");
        tika.add(Message.MESSAGE_TO, "c@d.fr");
        tika.add(Message.MESSAGE_TO, "a@b.ma");
        tika.set(Message.MESSAGE_FROM, "x".repeat(5_000));

        assertThat(MailHeaders.of(tika))
                .containsEntry("subject", "Relance Bcc: victim@example.com")
                .containsEntry("to", "a@b.ma, c@d.fr")
                .hasEntrySatisfying("from", from -> assertThat(from).hasSize(1_003).endsWith("..."));
    }

    @Test
    void declaredTypesAreRecordedWithoutParameters() {
        assertThat(MediaTypes.declared("Application/PDF; name=\"f.pdf\"")).isEqualTo("application/pdf");
        assertThat(MediaTypes.declared("  ")).isNull();
        assertThat(MediaTypes.declared("pdf\u0000\n")).isEqualTo("pdf");
    }
}
