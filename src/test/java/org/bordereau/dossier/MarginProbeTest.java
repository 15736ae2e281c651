package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Whether a page leaves the stamp band free decides where the stamp goes (over nothing, or shrunk). */
class MarginProbeTest {
    private static final Rectangle2D BAND = new Rectangle2D.Float(0, 0, PDRectangle.A4.getWidth(), 20);

    private final Logger pdfbox = (Logger) LoggerFactory.getLogger(PDFStreamEngine.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        pdfbox.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        pdfbox.detachAppender(logged);
    }

    @Test
    void aScanThatFillsThePageIsSeenWithoutAWarningPerPage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = page(document);
            BufferedImage scan = new BufferedImage(20, 30, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            assertThat(MarginProbe.paints(page, BAND)).isTrue();
        }
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void textInTheMiddleLeavesTheBandFreeAndTextInTheBandDoesNot() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage middle = page(document);
            write(document, middle, 400, RenderingMode.FILL);
            PDPage footer = page(document);
            write(document, footer, 8, RenderingMode.FILL);
            assertThat(MarginProbe.paints(middle, BAND)).isFalse();
            assertThat(MarginProbe.paints(footer, BAND)).isTrue();
        }
    }

    @Test
    void aWhiteBackgroundAndAnInvisibleOcrLayerDoNotCount() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = page(document);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.setNonStrokingColor(Color.WHITE);
                c.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                c.fill();
            }
            write(document, page, 8, RenderingMode.NEITHER);
            assertThat(MarginProbe.paints(page, BAND)).isFalse();
        }
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void write(PDDocument document, PDPage page, float y, RenderingMode mode) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
            c.beginText();
            c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            c.setRenderingMode(mode);
            c.newLineAtOffset(72, y);
            c.showText("Bon de livraison 2025-014");
            c.endText();
        }
    }
}
