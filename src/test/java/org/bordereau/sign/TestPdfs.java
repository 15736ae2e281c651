package org.bordereau.sign;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** Small PDF/A-3b files made by the tests: an embedded Noto Sans, XMP pdfaid 3B, an sRGB output intent. */
final class TestPdfs {
    private TestPdfs() {}

    static Path pdfA3b(Path file, int pages) throws Exception {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = TestPdfs.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 12);
                    text.newLineAtOffset(72, 760);
                    text.showText("Mise en demeure — page " + i + " — montant dû : 10 000,00 €");
                    text.endText();
                }
            }
            document.getDocumentCatalog().setMetadata(pdfaMetadata(document));
            document.getDocumentCatalog().addOutputIntent(srgb(document));
            document.save(file.toFile());
        }
        return file;
    }

    private static PDMetadata pdfaMetadata(PDDocument document) throws Exception {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(3);
        id.setConformance("B");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, bytes, true);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        return metadata;
    }

    private static PDOutputIntent srgb(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
