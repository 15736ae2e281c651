package org.bordereau.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.bordereau.cases.Case;
import org.bordereau.rules.Statement;

/** Writes a statement of account as PDF/A-3b (not yet sealed) and returns its page count. */
@FunctionalInterface
public interface StatementRenderer {
    int render(String tenant, String language, Case file, Statement statement, LocalDate issueDate, String documentId,
               boolean developmentSeal, OutputStream out) throws IOException;
}
