package org.bordereau.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Ulids;
import org.bordereau.cases.Violation;
import org.bordereau.rules.Statements;

/**
 * The statement of account as a sealed PDF ({@code GET .../statement} with {@code Accept:
 * application/pdf}): made on request from the case as it stands, never stored — it is a view, like
 * the JSON; the letters that quote it are the outputs of record.
 */
public final class StatementPdfs {
    private final CaseService cases;
    private final Statements statements;
    private final StatementRenderer renderer;
    private final Sealer sealer;
    private final Clock clock;
    private final Path tempDir;
    private final Ulids ids;

    public StatementPdfs(CaseService cases, Statements statements, StatementRenderer renderer, Sealer sealer, Clock clock,
                         Path tempDir) {
        this.cases = cases;
        this.statements = statements;
        this.renderer = renderer;
        this.sealer = sealer;
        this.clock = clock;
        this.tempDir = tempDir;
        this.ids = new Ulids(clock);
    }

    /** Writes the sealed PDF of the statement on {@code asOf} (null: today in the case's zone) to {@code out}. */
    public void write(String tenant, String caseId, LocalDate asOf, String language, OutputStream out) {
        if (!LetterChecks.LANGUAGES.contains(language)) {
            throw new InvalidCommandException(List.of(new Violation("lang", "must be fr, ar or en")));
        }
        Case file = cases.get(tenant, caseId);
        LocalDate today = CaseDates.today(file, clock);
        LocalDate day = asOf == null ? today : asOf;
        Path rendered = null;
        Path sealed = null;
        try {
            Files.createDirectories(tempDir);
            rendered = Files.createTempFile(tempDir, "statement-", ".pdf");
            sealed = Files.createTempFile(tempDir, "statement-", ".pdf");
            try (OutputStream pdf = Files.newOutputStream(rendered)) {
                renderer.render(tenant, language, file, statements.of(file, day), today, ids.next(),
                        sealer.isDevelopment(tenant), pdf);
            }
            sealer.seal(tenant, rendered, sealed);
            try (InputStream in = Files.newInputStream(sealed)) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("statement PDF of case " + caseId, e);
        } finally {
            delete(rendered);
            delete(sealed);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            file.toFile().delete();
        }
    }
}
