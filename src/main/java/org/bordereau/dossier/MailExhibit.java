package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An e-mail as a page a court reads: the header block (From, To, Cc, Date, Subject) in the dossier's
 * language, a rule, the message text, then the list of its attachments (name, type, size). The date
 * is the header as sent, with its time zone: that is the evidence. Attachments are not laid out here;
 * those that matter are exhibits of their own, and the e-mail's original (attached) holds them all.
 */
record MailExhibit() implements ExhibitConverter {
    private static final float SIZE = 10f;

    /** What is shown of a message, whatever its format (.eml or Outlook .msg). */
    record Mail(String from, String to, String cc, String date, LocalDate day, String subject, String body,
                List<Attachment> attachments) {}

    /** An attachment as listed under the message: name (null when unnamed), type, size (-1 unknown). */
    record Attachment(String name, String type, long size) {}

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        Mail mail;
        try (InputStream in = Files.newInputStream(original.file())) {
            mail = original.exhibit().mediaType().startsWith("application/vnd.ms-outlook")
                    ? OutlookMail.read(in) : MimeMail.read(in);
        }
        Labels labels = context.labels();
        Path out = context.newFile("mail-", ".pdf");
        try (PDDocument document = context.newDocument()) {
            PDType0Font sans = context.fonts().load(document, Fonts.SANS);
            PDType0Font bold = context.fonts().load(document, Fonts.SANS_BOLD);
            PDType0Font arabic = context.fonts().load(document, Fonts.ARABIC);
            try (FlowWriter page = new FlowWriter(document, arabic)) {
                header(page, bold, sans, labels.get("mail.from"), mail.from());
                header(page, bold, sans, labels.get("mail.to"), mail.to());
                header(page, bold, sans, labels.get("mail.cc"), mail.cc());
                header(page, bold, sans, labels.get("mail.date"), mail.date());
                header(page, bold, sans, labels.get("mail.subject"), mail.subject());
                page.rule();
                page.gap(6f);
                String body = mail.body() == null || mail.body().isBlank() ? labels.get("mail.noBody") : mail.body();
                for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                    if (line.isBlank()) {
                        page.gap(SIZE * 0.9f);
                    } else {
                        page.paragraph(sans, SIZE, 0f, line);
                    }
                }
                if (!mail.attachments().isEmpty()) {
                    page.gap(10f);
                    page.rule();
                    page.paragraph(bold, SIZE, 0f, labels.get("mail.attachments"));
                    for (Attachment attachment : mail.attachments()) {
                        page.paragraph(sans, SIZE, 12f, "• " + describe(labels, attachment));
                    }
                }
            }
            document.save(out.toFile());
            List<String> notes = new ArrayList<>();
            return new Converted(out, document.getNumberOfPages(), "email", mail.subject(), mail.day(), notes,
                    List.of(), false);
        }
    }

    private static void header(FlowWriter page, PDType0Font label, PDType0Font value, String name, String text)
            throws IOException {
        if (text != null && !text.isBlank()) {
            page.field(label, value, SIZE, name, text.strip());
        }
    }

    private static String describe(Labels labels, Attachment attachment) {
        String name = attachment.name() == null ? labels.get("mail.unnamed") : attachment.name();
        String type = attachment.type() == null ? "" : attachment.type();
        return attachment.size() < 0 ? labels.get("mail.attachment", name, type, "?")
                : labels.get("mail.attachment", name, type, attachment.size());
    }

    static LocalDate utcDay(java.util.Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
