package org.bordereau.ingest;

import java.util.Map;
import java.util.TreeMap;
import org.bordereau.cases.ExtractedField;

/** Runs the text extractor on a snippet; the vocabulary is read once for all tests. */
final class InvoiceFieldsSamples {
    private static final InvoiceFields FIELDS = new InvoiceFields(Labels.load("/ingest/labels.json"));

    private InvoiceFieldsSamples() {}

    static Map<String, ExtractedField> fields(String text, String source) {
        return FIELDS.extract(text, source);
    }

    /** Field name → value, sorted, for whole-map assertions. */
    static Map<String, String> values(String text) {
        Map<String, String> values = new TreeMap<>();
        fields(text, ExtractedField.TEXT).forEach((field, f) -> values.put(field, f.value()));
        return values;
    }
}
