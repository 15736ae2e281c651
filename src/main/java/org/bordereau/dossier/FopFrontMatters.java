package org.bordereau.dossier;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.bordereau.cases.Case;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Formats;
import org.bordereau.render.Language;
import org.bordereau.render.StatementDocument;
import org.bordereau.rules.Completeness;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.Statement;
import org.bordereau.rules.Statements;

/**
 * The dossier's front matter laid out by FOP with the letters' engine, fonts and look (template
 * {@code templates/{lang}/dossier.ftl}): cover, bordereau de communication de pièces, statement of
 * account, chronology, completeness report, audit page, as PDF/A-3b in fr, ar (right to left) or en.
 * The statement and the checklist are computed once per case ({@link #forCase}); the exhibit table
 * comes with each {@link FrontMatter#render} call, which the builder repeats until the page count
 * settles. Thread-safe; one per process.
 *
 * <p>Development seal: the cover and every page say so when {@code developmentSeal} answers true for
 * the tenant (wire it to {@code Sealing::isDevelopment}). The three-argument constructor assumes a
 * development seal: a dossier that claims less than it is can be rebuilt, one sealed with a test key
 * that looks genuine misleads a court.
 */
public final class FopFrontMatters implements FrontMatterFactory {
    private final FoRenderer renderer;
    private final Statements statements;
    private final CompletenessChecker completeness;
    private final Predicate<String> developmentSeal;
    private final StatementDocument statementViews;
    private final Map<Language, Formats> formats;

    public FopFrontMatters(FoRenderer renderer, Statements statements, CompletenessChecker completeness) {
        this(renderer, statements, completeness, tenant -> true);
    }

    /** @param developmentSeal whether a tenant's dossiers are sealed with the development key */
    public FopFrontMatters(FoRenderer renderer, Statements statements, CompletenessChecker completeness,
            Predicate<String> developmentSeal) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.completeness = Objects.requireNonNull(completeness, "completeness");
        this.developmentSeal = Objects.requireNonNull(developmentSeal, "developmentSeal");
        this.statementViews = new StatementDocument(renderer);
        this.formats = Formats.load();
    }

    /**
     * The front matter of {@code file}'s dossier as of {@code asOf} (null: today in the case's zone).
     * The returned object writes each pass in the folder the builder gives it (the build's work folder).
     *
     * @throws org.bordereau.cases.InvalidCommandException for a language other than fr, ar, en, or when
     *         the rate tables cannot compute the statement
     */
    @Override
    public CaseFrontMatter forCase(String tenant, Case file, String language, LocalDate asOf) {
        Language lang = Language.of(language, "language");
        Statement statement = statements.of(file, asOf);
        LocalDate day = statement.asOf();
        Completeness checklist = completeness.check(file, day, lang.code());
        boolean development = developmentSeal.test(tenant);
        StatementDocument.Model account = statementViews.model(new StatementDocument.Request(tenant, lang, file,
                statement, day, file.reference(), file.chainHead(), development));
        return new CaseFrontMatter(renderer, tenant, lang, file, day, account, checklist, development, formats.get(lang));
    }
}
