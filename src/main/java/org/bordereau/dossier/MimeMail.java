package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.FieldName;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads an RFC 822 message (.eml) with Apache James mime4j (already here through Tika): decoded
 * headers, the first text part (plain text preferred, else HTML reduced to text), the attachments.
 */
final class MimeMail {
    private static final int MAX_BODY = 200_000;

    private MimeMail() {}

    static MailExhibit.Mail read(InputStream in) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        Message message = builder.parseMessage(in);
        try {
            Field dateField = message.getHeader().getField(FieldName.DATE);
            String date = dateField == null ? null : dateField.getBody();
            Parts parts = new Parts();
            parts.walk(message);
            String body = parts.plain != null ? parts.plain : parts.html == null ? null : HtmlText.of(parts.html);
            return new MailExhibit.Mail(mailboxes(message.getFrom()), addresses(message.getTo()),
                    addresses(message.getCc()), date, day(date, message), message.getSubject(), body, parts.attachments);
        } finally {
            message.dispose();
        }
    }

    /** The day the sender wrote, in the sender's own time zone. */
    private static LocalDate day(String header, Message message) {
        if (header != null) {
            try {
                return ZonedDateTime.parse(header.strip().replaceAll("\\s*\\(.*\\)$", "").replaceAll("\\s+", " "),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException notStrict) {
                // mime4j's lenient parse below
            }
        }
        return MailExhibit.utcDay(message.getDate());
    }

    private static String mailboxes(MailboxList list) {
        if (list == null) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        list.forEach(mailbox -> shown.add(shown(mailbox)));
        return String.join(", ", shown);
    }

    private static String addresses(AddressList list) {
        if (list == null) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (Address address : list) {
            if (address instanceof Mailbox) {
                shown.add(shown((Mailbox) address));
            } else if (address instanceof Group) {
                shown.add(((Group) address).getName() + ": " + mailboxes(((Group) address).getMailboxes()));
            }
        }
        return String.join(", ", shown);
    }

    /** "Name <address>" as the sender wrote it, the name decoded. */
    private static String shown(Mailbox mailbox) {
        return mailbox.getName() == null || mailbox.getName().isBlank() ? mailbox.getAddress()
                : mailbox.getName() + " <" + mailbox.getAddress() + ">";
    }

    /** Walks the MIME tree: the first text/plain and text/html bodies, every other leaf as an attachment. */
    private static final class Parts {
        String plain;
        String html;
        final List<MailExhibit.Attachment> attachments = new ArrayList<>();

        void walk(Entity entity) throws IOException {
            Body body = entity.getBody();
            if (body instanceof Multipart) {
                for (Entity part : ((Multipart) body).getBodyParts()) {
                    walk(part);
                }
                return;
            }
            boolean attachment = entity.getFilename() != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
            if (!attachment && body instanceof TextBody && entity.getMimeType().equals("text/plain") && plain == null) {
                plain = text((TextBody) body);
            } else if (!attachment && body instanceof TextBody && entity.getMimeType().equals("text/html") && html == null) {
                html = text((TextBody) body);
            } else if (body instanceof Message) {
                attachments.add(new MailExhibit.Attachment(entity.getFilename(), "message/rfc822", -1));
            } else {
                attachments.add(new MailExhibit.Attachment(entity.getFilename(), entity.getMimeType(), size(body)));
            }
        }

        private static long size(Body body) throws IOException {
            if (!(body instanceof BinaryBody) && !(body instanceof TextBody)) {
                return -1;
            }
            try (InputStream in = body instanceof BinaryBody ? ((BinaryBody) body).getInputStream()
                    : ((TextBody) body).getInputStream()) {
                return in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }

        private static String text(TextBody body) throws IOException {
            StringBuilder text = new StringBuilder();
            try (Reader reader = body.getReader()) {
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0 && text.length() < MAX_BODY; ) {
                    text.append(buffer, 0, n);
                }
            }
            return text.toString();
        }
    }
}
