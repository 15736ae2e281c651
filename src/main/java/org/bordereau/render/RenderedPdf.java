package org.bordereau.render;

/** A PDF/A-3b document and its number of pages. */
public record RenderedPdf(byte[] pdf, int pages) {}
