package org.bordereau.ingest;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Tells Tika not to descend into files embedded in a document (images in a .docx, attachments of a
 * PDF): each level of nesting is another parser run on attacker-chosen bytes, and none of it is needed
 * for classification. The stored original keeps them all.
 */
final class NoEmbeddedParsing implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // never called: shouldParseEmbedded says no
    }
}
