package org.bordereau.letters;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a letter as PDF/A-3b (not yet sealed) and returns its page count. */
@FunctionalInterface
public interface LetterRenderer {
    int render(LetterDraft draft, OutputStream out) throws IOException;
}
