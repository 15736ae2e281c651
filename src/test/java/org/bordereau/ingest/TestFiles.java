package org.bordereau.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Every file the ingestion tests need, generated in memory: real formats written by real libraries
 * (PDFBox, POI, ImageIO, java.util.zip) or by hand where the format is text (e-mails, RTF, XML).
 * Nothing is checked in, so the corpus of bad inputs cannot go stale.
 */
public final class TestFiles {
    public static final String INVOICE_NUMBER = "F-2025-0042";
    public static final List<String> INVOICE_LINES = List.of(
            "FACTURE N " + INVOICE_NUMBER,
            "Date : 15/01/2025   Echeance : 14/02/2025",
            "Client : Beta SARL, Casablanca",
            "Total TTC : 12 345,60 EUR");

    private TestFiles() {}

    // ---- PDF ---------------------------------------------------------------------------------

    public static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.setLeading(16);
                out.newLineAtOffset(60, 760);
                for (String line : lines) {
                    out.showText(line);
                    out.newLine();
                }
                out.endText();
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes at every call (PDFBox writes a new document id into each PDF it saves). */
    public static byte[] invoicePdf() {
        return InvoicePdf.BYTES.clone();
    }

    private static final class InvoicePdf {
        static final byte[] BYTES = pdf(INVOICE_LINES);
    }

    /** A PDF whose only content is a picture of the invoice: what a scanner produces. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = renderText(INVOICE_LINES);
            PDPage page = new PDPage(new PDRectangle(scan.getWidth() * 72f / 300, scan.getHeight() * 72f / 300));
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf() {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(invoicePdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of a valid PDF, as an interrupted download leaves it. */
    public static byte[] truncatedPdf() {
        byte[] whole = invoicePdf();
        return java.util.Arrays.copyOf(whole, whole.length / 3);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    // ---- images --------------------------------------------------------------------------------

    /** Black text on white, 12 pt at 300 dpi (50 px): a clean office scan. */
    public static BufferedImage renderText(List<String> lines) {
        int lineHeight = 80;
        BufferedImage image = new BufferedImage(1800, 120 + lineHeight * lines.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 50));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 60, 100 + i * lineHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] image(String format) {
        return image(format, INVOICE_LINES);
    }

    public static byte[] image(String format, List<String> lines) {
        BufferedImage scan = renderText(lines);
        if ("jpeg".equals(format)) { // JPEG has no alpha, and ImageIO's writer wants plain RGB
            BufferedImage rgb = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(scan, 0, 0, null);
            scan = rgb;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(scan, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small picture, such as a logo in an e-mail signature. */
    public static byte[] logo() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- Office and OpenDocument ---------------------------------------------------------------

    public static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx protected with a password (ECMA-376 agile encryption, what Word does by default). */
    public static byte[] encryptedDocx() {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OPCPackage plain = OPCPackage.open(new java.io.ByteArrayInputStream(docx(List.of("Contrat"))));
                 java.io.OutputStream encrypted = encryptor.getDataStream(fs)) {
                plain.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException
                 | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] xlsx() {
        return workbook(new XSSFWorkbook());
    }

    public static byte[] xls() {
        return workbook(new HSSFWorkbook());
    }

    private static byte[] workbook(Workbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Relevé");
            sheet.createRow(0).createCell(0).setCellValue("Facture");
            sheet.getRow(0).createCell(1).setCellValue(INVOICE_NUMBER);
            sheet.createRow(1).createCell(0).setCellValue("Montant");
            sheet.getRow(1).createCell(1).setCellValue(12345.60);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An OLE2 container holding a {@code WordDocument} stream: what identifies a Word 97-2003 file.
     * POI cannot write .doc files, so this one is recognised but cannot be read.
     */
    public static byte[] docContainer() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] odt(String text) {
        return openDocument("application/vnd.oasis.opendocument.text",
                "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>");
    }

    public static byte[] ods(String text) {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet",
                "<office:body><office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
                        + "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p>"
                        + "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>");
    }

    /** ODF: a zip whose first entry, stored uncompressed, is {@code mimetype} (ODF 1.2 §3.3). */
    private static byte[] openDocument(String mimeType, String body) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
                + body + "</office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                + mimeType + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
                + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] rtf(String text) {
        return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs24 " + text + "\\par}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    // ---- zips and bombs --------------------------------------------------------------------------

    public static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, name, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A .docx whose main part inflates from ~50 KB to 50 MB: the ratio (1:1000) of a zip bomb,
     * inside a container type that is allowed, so it reaches the parser.
     */
    public static byte[] docxBomb() {
        return docxWithDocumentXml(TestFiles::writeBombDocument);
    }

    public static byte[] docxWithDocumentXml(String xml) {
        return docxWithDocumentXml(out -> out.write(utf8(xml)));
    }

    /** A part's content, written straight into the zip. */
    interface PartWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] docxWithDocumentXml(PartWriter document) {
        byte[] docx = docx(List.of("x"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    document.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeBombDocument(ZipOutputStream zip) throws IOException {
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 'A');
        for (int i = 0; i < 50; i++) {
            zip.write(block);
        }
        zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** What a Windows program starts with: "MZ", the DOS stub, and a PE header at offset 0x80. */
    public static byte[] executable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4c; // machine: i386
        exe[0x85] = 0x01;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        return exe;
    }

    // ---- XML -----------------------------------------------------------------------------------

    public static byte[] ublInvoice() {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<cbc:ID>" + INVOICE_NUMBER + "</cbc:ID><cbc:IssueDate>2025-01-15</cbc:IssueDate>"
                + "<cbc:DueDate>2025-02-14</cbc:DueDate></Invoice>");
    }

    public static byte[] ublCreditNote() {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<cbc:ID>AV-2025-001</cbc:ID></CreditNote>");
    }

    public static byte[] ciiInvoice() {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rsm:CrossIndustryInvoice"
                + " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
                + " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\">"
                + "<rsm:ExchangedDocument><ram:ID>" + INVOICE_NUMBER + "</ram:ID></rsm:ExchangedDocument>"
                + "</rsm:CrossIndustryInvoice>");
    }

    public static byte[] otherXml() {
        return utf8("<?xml version=\"1.0\"?><catalogue><item>pommes</item></catalogue>");
    }

    /** Ten levels of ten entity references: 10^9 copies of "lol" if a parser expanded them. */
    public static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [\n"
                + "<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&lol9;</Invoice>");
        return utf8(dtd.toString());
    }

    /** An external entity pointing at a local file: a server that resolved it would leak the file. */
    public static byte[] externalEntity() {
        return utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">"
                + "<ID>&secret;</ID></Invoice>");
    }

    // ---- e-mail ----------------------------------------------------------------------------------

    /** One part of a MIME message. {@code inline}: Content-Disposition inline (with a Content-ID). */
    public record Part(String filename, String contentType, byte[] content, boolean inline) {}

    public static byte[] eml(String subject, String body, List<Part> parts) {
        String boundary = "=_bordereau_test_boundary";
        StringBuilder mail = new StringBuilder()
                .append("From: Comptabilite Beta <compta@beta.ma>\r\n")
                .append("To: Acme Recouvrement <recouvrement@acme.fr>, legal@acme.fr\r\n")
                .append("Date: Mon, 3 Mar 2025 10:15:00 +0100\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Message-ID: <test-").append(Math.abs(subject.hashCode())).append("@beta.ma>\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body).append("\r\n");
        for (Part part : parts) {
            mail.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(part.contentType()).append("; name=\"")
                    .append(part.filename()).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n")
                    .append("Content-Disposition: ").append(part.inline() ? "inline" : "attachment")
                    .append("; filename=\"").append(part.filename()).append("\"\r\n");
            if (part.inline()) {
                mail.append("Content-ID: <").append(part.filename()).append(">\r\n");
            }
            mail.append("\r\n").append(Base64.getMimeEncoder().encodeToString(part.content())).append("\r\n");
        }
        mail.append("--").append(boundary).append("--\r\n");
        return utf8(mail.toString());
    }

    /**
     * A minimal Outlook .msg (MS-OXMSG): an OLE2 container with the subject, body, sender,
     * transport headers and one attachment as property streams. Enough for POI's MAPIMessage.
     */
    public static byte[] msg(String subject, String body, String attachmentName, byte[] attachment) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DirectoryEntry root = fs.getRoot();
            unicode(root, "0037", subject);
            unicode(root, "1000", body);
            unicode(root, "0C1A", "Comptabilite Beta");
            unicode(root, "0C1F", "compta@beta.ma");
            unicode(root, "0E04", "recouvrement@acme.fr");
            unicode(root, "007D", "From: Comptabilite Beta <compta@beta.ma>\r\nTo: recouvrement@acme.fr\r\n"
                    + "Subject: " + subject + "\r\nDate: Tue, 4 Mar 2025 08:30:00 +0000\r\n");
            root.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[32]));
            DirectoryEntry recipient = root.createDirectory("__recip_version1.0_#00000000");
            unicode(recipient, "3001", "Acme Recouvrement");
            unicode(recipient, "39FE", "recouvrement@acme.fr");
            recipient.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[8]));
            DirectoryEntry attach = root.createDirectory("__attach_version1.0_#00000000");
            unicode(attach, "3707", attachmentName);
            unicode(attach, "3704", attachmentName);
            attach.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
            attach.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[8]));
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PT_UNICODE (001F) property stream named {@code __substg1.0_<tag>001F}. */
    private static void unicode(DirectoryEntry dir, String tag, String value) throws IOException {
        dir.createDocument("__substg1.0_" + tag + "001F",
                new java.io.ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
