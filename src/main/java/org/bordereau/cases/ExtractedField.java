package org.bordereau.cases;

/**
 * One fact read from a document (DESIGN.md §5): the value as a plain string (dates ISO
 * {@code YYYY-MM-DD}, amounts like {@code 1234.50}), where it came from ({@code xml}, {@code text},
 * {@code ocr}, or {@code agent} for a correction) and how sure the reader is, from 0 to 1.
 */
public record ExtractedField(String value, String source, double confidence) {
    public static final String XML = "xml";
    public static final String TEXT = "text";
    public static final String OCR = "ocr";
    public static final String AGENT = "agent";
}
