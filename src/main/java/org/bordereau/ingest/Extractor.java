package org.bordereau.ingest;

import java.util.Map;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;

/**
 * Classification and field extraction (DESIGN.md §5): structured data first (Factur-X / ZUGFeRD XML
 * embedded in PDF/A-3, standalone UBL and CII), then the text. Never guesses silently: a field that
 * cannot be found is omitted, and each found one carries its source and confidence.
 */
public final class Extractor {

    public Document.Extraction extract(ReadDocument document) {
        return new Document.Extraction(DocumentKind.OTHER, 0.0, Map.of()); // TODO(helper): implement
    }
}
