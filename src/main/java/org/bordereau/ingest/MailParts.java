package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Receives the parts of an e-mail from Tika's RFC 822 and Outlook parsers. The message body (a text or
 * HTML part without a file name) is read into the e-mail's own text; every attachment is streamed to a
 * temporary file, unread, to become a document of its own. Limits: at most {@code maxAttachments}
 * files, each at most the upload size limit. Inline images under {@value #SMALL_INLINE_IMAGE} bytes
 * (signature logos, tracking pixels) are not kept as documents: they are not evidence, and the e-mail's
 * own stored bytes still hold them. Past the nesting limit {@code maxAttachments} is 0: none are kept.
 * Whatever is left out is said in a warning.
 */
final class MailParts implements EmbeddedDocumentExtractor {
    static final int SMALL_INLINE_IMAGE = 10 * 1024;

    /** An attachment waiting to be ingested: close it to delete its temporary file. */
    record Attachment(StagedFile file, String filename, String declaredType) implements AutoCloseable {
        @Override
        public void close() {
            file.close();
        }
    }

    private final EmbeddedDocumentExtractor bodyReader;
    private final Staging staging;
    private final int maxAttachments;
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int smallInlineImages;
    private int overLimit;

    MailParts(EmbeddedDocumentExtractor bodyReader, Staging staging, int maxAttachments) {
        this.bodyReader = bodyReader;
        this.staging = staging;
        this.maxAttachments = maxAttachments;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (isBody(metadata)) {
            bodyReader.parseEmbedded(stream, handler, metadata, outputHtml);
        } else if (attachments.size() >= maxAttachments) {
            overLimit++;
        } else {
            keep(stream, metadata);
        }
    }

    private void keep(InputStream stream, Metadata metadata) {
        String name = Filenames.cleanEmbedded(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        String type = metadata.get(Metadata.CONTENT_TYPE);
        StagedFile file;
        try {
            file = staging.stage(stream);
        } catch (DocumentRejectedException e) {
            warnings.add("The attachment " + quoted(name) + " was not kept: " + e.detail());
            return;
        }
        if (isInline(metadata) && isImage(type) && file.size() < SMALL_INLINE_IMAGE) {
            file.close();
            smallInlineImages++;
            return;
        }
        attachments.add(new Attachment(file, name, type));
    }

    /** The attachments kept, in order. The caller owns (and closes) them from now on. */
    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (overLimit > 0 && maxAttachments == 0) {
            all.add("This e-mail is nested in others deeper than the limit, so its " + overLimit
                    + " attachment(s) were not made documents; they remain inside it.");
        } else if (overLimit > 0) {
            all.add("Only the first " + maxAttachments + " attachments became documents; " + overLimit
                    + " more are kept inside the e-mail only.");
        }
        if (smallInlineImages > 0) {
            all.add(smallInlineImages + " small inline image(s) under " + SMALL_INLINE_IMAGE / 1024
                    + " KB (logos, signatures) were not made documents; they remain inside the e-mail.");
        }
        return all;
    }

    /** Deletes the temporary files of every kept attachment. */
    void discard() {
        attachments.forEach(Attachment::close);
    }

    /** The message text: a text or HTML part with no file name that is not marked as an attachment. */
    private static boolean isBody(Metadata metadata) {
        if (metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null) {
            return false;
        }
        String disposition = metadata.get("Content-Disposition");
        if (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
            return false;
        }
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String base = type == null ? "" : type.getBaseType().toString();
        return base.equals("text/plain") || base.equals("text/html");
    }

    private static boolean isInline(Metadata metadata) {
        return TikaCoreProperties.EmbeddedResourceType.INLINE.toString()
                .equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
    }

    private static boolean isImage(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("image/");
    }

    private static String quoted(String name) {
        return name == null ? "(no name)" : "\"" + name + "\"";
    }
}
