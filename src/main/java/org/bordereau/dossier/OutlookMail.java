package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/** Reads an Outlook message (.msg) with Apache POI's HSMF (already here through Tika). */
final class OutlookMail {
    private OutlookMail() {}

    /** A chunk read that may be absent from the file. */
    private interface Chunk {
        String get() throws ChunkNotFoundException;
    }

    static MailExhibit.Mail read(InputStream in) throws IOException {
        try (MAPIMessage message = new MAPIMessage(in)) {
            String date = null;
            LocalDate day = null;
            try {
                Calendar sent = message.getMessageDate();
                if (sent != null) {
                    date = sent.toInstant().atZone(sent.getTimeZone().toZoneId()).format(DateTimeFormatter.RFC_1123_DATE_TIME);
                    day = sent.toInstant().atZone(sent.getTimeZone().toZoneId()).toLocalDate();
                }
            } catch (ChunkNotFoundException absent) {
                // no date in the file: shown without one
            }
            String body = optional(message::getTextBody);
            if (body == null) {
                String html = optional(message::getHtmlBody);
                body = html == null ? null : HtmlText.of(html);
            }
            List<MailExhibit.Attachment> attachments = new ArrayList<>();
            for (AttachmentChunks attachment : message.getAttachmentFiles()) {
                String name = attachment.getAttachLongFileName() != null ? attachment.getAttachLongFileName().getValue()
                        : attachment.getAttachFileName() == null ? null : attachment.getAttachFileName().getValue();
                String type = attachment.getAttachMimeTag() == null ? null : attachment.getAttachMimeTag().getValue();
                byte[] data = attachment.getEmbeddedAttachmentObject();
                attachments.add(new MailExhibit.Attachment(name, type, data == null ? -1 : data.length));
            }
            return new MailExhibit.Mail(optional(message::getDisplayFrom), optional(message::getDisplayTo),
                    optional(message::getDisplayCC), date, day, optional(message::getSubject), body, attachments);
        }
    }

    private static String optional(Chunk chunk) {
        try {
            return chunk.get();
        } catch (ChunkNotFoundException absent) {
            return null;
        }
    }
}
