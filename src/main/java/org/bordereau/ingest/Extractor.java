package org.bordereau.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.ExtractedField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classification and field extraction (DESIGN.md §5): structured data first (Factur-X / ZUGFeRD XML
 * embedded in PDF/A-3, standalone UBL and CII), then the text. Never guesses silently: a field that
 * cannot be found is omitted, and each found one carries its source and confidence. Fields the XML
 * does not state may still come from the text, marked as such.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);
    private static final double XML_CONFIDENCE = 1.0;

    private final InvoiceFields invoiceFields;
    private final Classifier classifier;

    /** Loads the label and kind vocabularies ({@code ingest/labels.json}, {@code ingest/kinds.json}) once. */
    public Extractor() {
        this.invoiceFields = new InvoiceFields(Labels.load("/ingest/labels.json"));
        this.classifier = new Classifier();
    }

    public Document.Extraction extract(ReadDocument document) {
        Optional<EInvoice> einvoice = structured(document);
        boolean xmlFile = einvoice.isPresent() && !isPdf(document);
        Map<String, ExtractedField> fields = new LinkedHashMap<>(xmlFile ? Map.of() : textFields(document));
        einvoice.ifPresent(e -> e.fields().forEach((field, value) ->
                fields.put(field, new ExtractedField(value, ExtractedField.XML, XML_CONFIDENCE))));
        if (einvoice.isPresent()) {
            return new Document.Extraction(kindOf(einvoice.get().type()), XML_CONFIDENCE, fields);
        }
        boolean invoiceFields = fields.containsKey("invoiceNumber")
                && (fields.containsKey("totalAmount") || fields.containsKey("amountDue"));
        Classifier.Kind kind = classifier.classify(document, invoiceFields);
        return new Document.Extraction(kind.kind(), kind.confidence(), fields);
    }

    /** The e-invoice inside a PDF, or the file itself when it is XML. */
    private static Optional<EInvoice> structured(ReadDocument document) {
        if (document.file() == null) {
            return Optional.empty();
        }
        String type = mediaType(document);
        String name = document.filename() == null ? "" : document.filename().toLowerCase(Locale.ROOT);
        try {
            if (isPdf(document)) {
                return FacturX.read(document.file());
            }
            if (type.endsWith("/xml") || type.endsWith("+xml") || (type.startsWith("text/") && name.endsWith(".xml"))) {
                return EInvoiceXml.read(document.file());
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a malformed file must not cost the upload its evidence: store it, without structured fields
            // (a stack overflow ends with its frames unwound: nothing is left half-done)
            LOG.warn("structured e-invoice reading failed for a {} file", type, e);
        }
        return Optional.empty();
    }

    private static boolean isPdf(ReadDocument document) {
        return mediaType(document).equals("application/pdf");
    }

    private static String mediaType(ReadDocument document) {
        return document.mediaType() == null ? "" : document.mediaType().toLowerCase(Locale.ROOT);
    }

    private Map<String, ExtractedField> textFields(ReadDocument document) {
        String text = document.text();
        if (text == null || text.isBlank() || ReadDocument.SOURCE_NONE.equals(document.textSource())) {
            return Map.of();
        }
        String source = ReadDocument.SOURCE_OCR.equals(document.textSource()) ? ExtractedField.OCR : ExtractedField.TEXT;
        try {
            return invoiceFields.extract(text, source);
        } catch (RuntimeException e) {
            LOG.warn("field extraction from text failed; the document is kept without fields", e);
            return Map.of();
        }
    }

    /** A credit note (avoir) reduces a claim rather than making one, so it is not filed as an invoice. */
    private static DocumentKind kindOf(EInvoice.Type type) {
        switch (type) {
            case ORDER:
                return DocumentKind.PURCHASE_ORDER;
            case CREDIT_NOTE:
                return DocumentKind.OTHER;
            default:
                return DocumentKind.INVOICE;
        }
    }
}
