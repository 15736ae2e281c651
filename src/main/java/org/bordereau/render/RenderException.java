package org.bordereau.render;

/**
 * A document could not be produced: a template is missing or broken, or the layout would break
 * PDF/A (a glyph no bundled font has). An internal error, not the caller's: the HTTP layer answers 500.
 */
public class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
