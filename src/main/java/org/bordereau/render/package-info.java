/**
 * Documents out (DESIGN.md §6): FreeMarker templates write XSL-FO, Apache FOP lays it out as
 * PDF/A-3b with the bundled fonts embedded. Uses {@code rules} read models (the statement) and
 * {@code cases} records (parties, plans); nothing above. Signing is {@code sign}'s, after this.
 *
 * <h2>Use</h2>
 * <pre>
 * FoRenderer engine = new FoRenderer(new Templates(config.templatesDir()));  // once; thread-safe
 * engine.warmUp();                                                           // at start-up (≈ 0.4 s+ cold)
 * Letters letters = new Letters(engine);
 * RenderedPdf pdf = letters.render(new LetterRequest(tenant, LetterKind.MISE_EN_DEMEURE, Language.of("fr", "language"),
 *         file, statement, deadlineDays, null, issueDate, letterId, file.chainHead(), devSeal));
 * RenderedPdf st = new StatementDocument(engine).render(new StatementDocument.Request(tenant, Language.AR, file,
 *         statement, issueDate, documentId, file.chainHead(), devSeal));
 * engine.render(tenant, Language.FR, "dossier_cover", model, out);          // any other template (dossier)
 * </pre>
 *
 * <h2>Templates</h2>
 * {@code templates/{fr,ar,en}/{name}.ftl}, shared page layout in {@code templates/common/layout.ftl}
 * (A4, title as {@code rdf:Alt} in {@code fo:declarations}, default font on {@code fo:root},
 * development-seal header, verification footer, page x / y), per-language parts in
 * {@code {lang}/lib.ftl} (letterhead, parties, invoice/payment/total tables, signatures), formats in
 * {@code {lang}/format.properties}. A tenant's override {@code $BORDEREAU_TEMPLATES/{tenant}/{lang}/{name}.ftl}
 * is found first; includes must stay relative ({@code "lib.ftl"}, {@code "../common/layout.ftl"}) so
 * that an overridden {@code lib.ftl} applies to all of that tenant's documents. Overrides are
 * re-checked at most every 60 s.
 *
 * <h2>Safety</h2>
 * Every {@code ${…}} is XML-escaped (XML output format), data is never parsed as a template, a
 * missing value fails the render, templates cannot create Java objects ({@code ?new}, {@code ?api}
 * off), the FO is parsed without DOCTYPE, and FOP may read only bundled class-path resources (no
 * file or URL, even from a tenant template). A character no bundled font has (e.g. Chinese) fails
 * the render with {@link org.bordereau.render.RenderException} instead of printing {@code #}.
 *
 * <h2>Right to left</h2>
 * Arabic pages are a {@code writing-mode="rl-tb"} page sequence in Amiri: paragraphs, text-align
 * start/end and table columns run right to left. Latin runs (names, invoice numbers, references,
 * addresses) are wrapped in a left-to-right {@code fo:bidi-override} embedding (macro {@code x} in
 * {@code ar/lib.ftl}), without which "F-2025-017" prints as "017-2025-F". Amounts group thousands
 * with "." ({@code 53.951,08 درهم}): a space would split the number into runs the bidi algorithm
 * reorders. Digits are Latin, as in Morocco. FOP's Arabic extracts badly as text (visual order): PDF/A-3b, not 3u.
 *
 * <h2>Verification line</h2>
 * Every page quotes the case reference, the document id and the event-chain head (SHA-256 of the
 * last event when the document was issued). A document cannot contain its own hash: the page says
 * to submit the file to {@code POST /v1/verify}, which checks the signature and looks the file's
 * SHA-256 up among the tenant's issued documents.
 */
package org.bordereau.render;
