package org.bordereau.dossier;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.DocumentKind;

/** Exhibit files of every supported type, generated in a test's folder, and the exhibits naming them. */
final class DossierFixtures {
    final Path dir;
    final List<Exhibit> exhibits = new ArrayList<>();
    private int ids;

    DossierFixtures(Path dir) {
        this.dir = dir;
    }

    Exhibit add(DocumentKind kind, Path file, String mediaType) throws IOException {
        return add(kind, file, mediaType, null, null);
    }

    Exhibit add(DocumentKind kind, Path file, String mediaType, String title, LocalDate date) throws IOException {
        Exhibit exhibit = new Exhibit(String.format("DOC%03d", ++ids), kind, null, title, date,
                file.getFileName().toString(), mediaType, sha256(file), Files.size(file), Exhibit.Original.of(file));
        exhibits.add(exhibit);
        return exhibit;
    }

    /**
     * A case's file of more than 30 exhibits of every supported type, as agents post them: PDFs (one
     * landscape, one rotated, one encrypted), a Word and an ODF document, a photo, a PNG and a three-page
     * TIFF scan, e-mails, text notes, an XML invoice, an unsupported archive, and one invoice filed twice.
     *
     * @return the invoice filed twice (its copy follows it, under another document id)
     */
    Exhibit everyKind() throws IOException {
        Exhibit duplicated = null;
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        add(DocumentKind.CONTRACT, pdf("contrat-cadre.pdf", 4, PDRectangle.A4, 0, false), "application/pdf",
                "Contrat-cadre de fourniture", LocalDate.of(2024, 9, 2));
        add(DocumentKind.QUOTE, docx("devis-D-118.docx", "Devis D-118 : 40 palettes, 12 500,00 MAD"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        add(DocumentKind.PURCHASE_ORDER, odt("2024-10-01 Bon de commande BC-77.odt", "Bon de commande BC-77"),
                "application/vnd.oasis.opendocument.text");
        for (int i = 1; i <= 9; i++) {
            Exhibit invoice = add(DocumentKind.INVOICE, pdf("2025-0" + Math.min(i, 9) + "-1" + i + " Facture F-2025-0" + (10 + i) + ".pdf",
                    1 + i % 3, PDRectangle.A4, 0, i == 4), "application/pdf");
            if (i == 2) {
                duplicated = invoice;
            }
        }
        addDuplicate(duplicated);
        add(DocumentKind.INVOICE, pdf("releve-de-compte-paysage.pdf", 2, landscape, 0, false), "application/pdf",
                "Relevé de compte (paysage)", LocalDate.of(2025, 3, 31));
        add(DocumentKind.DELIVERY_PROOF, jpeg("bon-livraison-photo.jpg", 800, 600, "LIVRAISON", 6), "image/jpeg",
                "Bon de livraison signé (photo)", LocalDate.of(2024, 11, 5));
        add(DocumentKind.DELIVERY_PROOF, png("2024-11-20 Preuve de livraison.png", "RECU 20/11"), "image/png");
        add(DocumentKind.DELIVERY_PROOF, tiff("bordereau-transport.tif", 3), "image/tiff",
                "Bordereau de transport (scan)", LocalDate.of(2024, 11, 21));
        add(DocumentKind.DELIVERY_PROOF, pdf("pv-reception.pdf", 1, PDRectangle.A4, 90, false), "application/pdf",
                "PV de réception", LocalDate.of(2024, 11, 22));
        add(DocumentKind.CORRESPONDENCE, eml("reponse-debiteur.eml", "Re: Facture F-2025-017",
                "Tue, 04 Mar 2025 10:15:00 +0100", true), "message/rfc822");
        for (int i = 1; i <= 4; i++) {
            add(DocumentKind.CORRESPONDENCE, eml("courriel-" + i + ".eml", "Relance amiable n°" + i,
                    "Mon, 1" + i + " Jan 2025 09:0" + i + ":00 +0000", false), "message/rfc822");
        }
        add(DocumentKind.CORRESPONDENCE, text("2025-03-04 Compte rendu d'appel.txt",
                "Appel du 4 mars 2025 avec M. Alami (DAF).\n\nIl reconnaît la dette et propose trois échéances.\n"
                        + "Ligne très longue : " + "montant dû ".repeat(30)), "text/plain");
        add(DocumentKind.CORRESPONDENCE, text("notes-agent.txt", "Notes de l'agent\nRAS\n"), "text/plain");
        for (int i = 1; i <= 3; i++) {
            add(DocumentKind.REMINDER, pdf("relance-" + i + ".pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                    "Relance n°" + i, LocalDate.of(2025, 1 + i, 1));
        }
        add(DocumentKind.REMINDER, pdf("mise-en-demeure.pdf", 2, PDRectangle.A4, 0, false), "application/pdf",
                "Mise en demeure", LocalDate.of(2025, 5, 2));
        add(DocumentKind.PAYMENT_PROOF, pdf("avis-virement.pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                "Avis de virement VIR 88", LocalDate.of(2025, 4, 10));
        add(DocumentKind.PAYMENT_PROOF, pdf("echeancier-signe.pdf", 2, landscape, 90, false), "application/pdf",
                "Échéancier signé", LocalDate.of(2025, 4, 15));
        add(DocumentKind.OTHER, encryptedPdf("protege.pdf"), "application/pdf", "PDF protégé", null);
        add(DocumentKind.OTHER, text("archive.zip", "PK not really"), "application/zip", "Archive", null);
        add(DocumentKind.OTHER, text("facture.xml", "<Invoice><ID>F-2025-011</ID></Invoice>\n"), "application/xml",
                "Facture électronique (XML)", null);

        return duplicated;
    }

    /** The same bytes under another document id (a file uploaded twice on the case). */
    Exhibit addDuplicate(Exhibit of) {
        Exhibit duplicate = new Exhibit(String.format("DOC%03d", ++ids), of.kind(), null, null, null,
                "copie-" + of.filename(), of.mediaType(), of.sha256(), of.size(), of.original());
        exhibits.add(duplicate);
        return duplicate;
    }

    /** A PDF with an embedded font; {@code footerInMargin}: text at 10 pt from the bottom edge. */
    Path pdf(String name, int pages, PDRectangle size, int rotate, boolean footerInMargin) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDFont font;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/NotoSans-Regular.ttf")) {
                font = PDType0Font.load(document, in, true);
            }
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(size);
                page.setRotation(rotate);
                document.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    write(c, font, 16, 60, size.getHeight() - 80, name + " — page originale " + i);
                    write(c, font, 10, 60, size.getHeight() - 110, "Montant dû : 12 500,00 MAD — échéance 14/02/2025");
                    if (footerInMargin) {
                        write(c, font, 9, 60, 10, "PIED DE PAGE ORIGINAL " + i);
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF using Helvetica without embedding it, which PDF/A forbids. */
    Path pdfWithoutEmbeddedFont(String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                write(c, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 60, 700, "Helvetica, not embedded");
            }
            document.save(file.toFile());
        }
        return file;
    }

    Path encryptedPdf(String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(file.toFile());
        }
        return file;
    }

    private static void write(PDPageContentStream c, PDFont font, float size, float x, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    /** A picture with a red block in its stored top-left corner and large black text. */
    static BufferedImage picture(int width, int height, String text, boolean alpha) throws IOException {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(alpha ? new Color(255, 255, 255, 0) : Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 5, height / 5);
        g.setColor(Color.BLACK);
        g.setFont(noto().deriveFont(Font.PLAIN, height / 10f));
        g.drawString(text, width / 10, height / 2);
        g.dispose();
        return image;
    }

    private static Font noto() throws IOException {
        try (InputStream in = DossierFixtures.class.getClassLoader().getResourceAsStream("fonts/NotoSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    /** A JPEG whose EXIF says how to turn it (6: a quarter turn clockwise). */
    Path jpeg(String name, int width, int height, String text, int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height, text, false), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(jpeg, 0, afterApp0);
            out.write(exif);
            out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        }
        return file;
    }

    Path png(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(picture(900, 500, text, true), "png", file.toFile());
        return file;
    }

    Path tiff(String name, int pages) throws IOException {
        Path file = dir.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                writer.writeToSequence(new IIOImage(picture(600, 800, "SCAN " + i, false), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    Path eml(String name, String subject, String date, boolean withAttachment) throws IOException {
        StringBuilder mail = new StringBuilder()
                .append("From: Comptabilité Beta <compta@beta.example>\r\n")
                .append("To: Acme Recouvrement <recouvrement@acme.example>\r\n")
                .append("Cc: Direction financière <daf@beta.example>\r\n")
                .append("Date: ").append(date).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("MIME-Version: 1.0\r\n");
        String body = "Bonjour,\r\n\r\nNous avons bien reçu votre relance concernant la facture F-2025-017.\r\n"
                + "Nous proposons un règlement en trois échéances à compter du 15 avril.\r\n\r\nCordialement,\r\nLa comptabilité";
        if (withAttachment) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n")
                    .append("--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(body).append("\r\n--b1\r\n")
                    .append("Content-Type: application/pdf; name=\"echeancier.pdf\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"echeancier.pdf\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(Files.readAllBytes(pdf("piece-jointe.pdf", 1,
                            PDRectangle.A4, 0, false))))
                    .append("\r\n--b1--\r\n");
        } else {
            mail.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").append(body);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, mail, StandardCharsets.UTF_8);
        return file;
    }

    Path text(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    Path docx(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
        return file;
    }

    /** The smallest ODF text document LibreOffice opens: mimetype (stored first), manifest, content. */
    Path odt(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
                    + "<text:p>" + text + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static List<CaseEvent> events(int count) {
        List<CaseEvent> events = new ArrayList<>();
        String prev = "0".repeat(64);
        for (int seq = 1; seq <= count; seq++) {
            String hash = sha256((seq + prev).getBytes(StandardCharsets.UTF_8));
            events.add(new CaseEvent(seq, seq == 1 ? "CASE_OPENED" : "DOCUMENT_ADDED",
                    Instant.parse("2025-03-01T09:00:00Z").plusSeconds(3600L * seq), "key:0123456789ab", null, prev, hash));
            prev = hash;
        }
        return events;
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
