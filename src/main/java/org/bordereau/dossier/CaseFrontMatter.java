package org.bordereau.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.cases.CaseEvent;
import org.bordereau.dossier.FrontMatterModel.AuditRow;
import org.bordereau.dossier.FrontMatterModel.Checklist;
import org.bordereau.dossier.FrontMatterModel.Cover;
import org.bordereau.dossier.FrontMatterModel.IndexLine;
import org.bordereau.dossier.FrontMatterModel.IndexSection;
import org.bordereau.dossier.FrontMatterModel.RuleRow;
import org.bordereau.render.DocumentViews.Verification;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Formats;
import org.bordereau.render.Language;
import org.bordereau.render.RenderException;
import org.bordereau.render.StatementDocument;
import org.bordereau.rules.Completeness;
import org.bordereau.rules.CompletenessRule;

/**
 * One case's front matter ({@link FopFrontMatters#forCase}): renders the template {@code dossier} with
 * the plan's exhibit table. The template writes one {@code fo:page-sequence} per part, in the order of
 * {@link #PARTS}; FOP's page count per sequence gives each part's first page, exactly, with no text
 * search. A last sequence of blank stand-ins for the exhibit pages lets FOP print the page numbers
 * itself (page-number citations), so one layout is exact whatever the plan assumed the front matter's
 * length to be ({@link RenderedPages#selfNumbered}); the stand-ins follow the parts in the file and are
 * not part of the front matter. Each pass writes a new file in the folder the builder gives, its work
 * folder, deleted with the build.
 */
public final class CaseFrontMatter implements FrontMatter {
    static final String TEMPLATE = "dossier";
    /** The parts, in page order; their titles are {@code part.NAME} in {@code dossier/labels-{lang}.properties}. */
    static final List<String> PARTS = List.of("cover", "index", "statement", "chronology", "completeness", "audit");
    /** The id of the page sequence of exhibit stand-ins that follows the parts ({@code front.ftl}). */
    private static final String EXHIBIT_PAGES = "exhibit-pages";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    private final FoRenderer renderer;
    private final String tenant;
    private final Language language;
    private final Case file;
    private final LocalDate asOf;
    private final StatementDocument.Model account;
    private final Completeness checklist;
    private final boolean developmentSeal;
    private final Formats formats;
    private final Labels labels;

    CaseFrontMatter(FoRenderer renderer, String tenant, Language language, Case file, LocalDate asOf,
            StatementDocument.Model account, Completeness checklist, boolean developmentSeal, Formats formats) {
        this.renderer = renderer;
        this.tenant = tenant;
        this.language = language;
        this.file = file;
        this.asOf = asOf;
        this.account = account;
        this.checklist = checklist;
        this.developmentSeal = developmentSeal;
        this.formats = formats;
        this.labels = new Labels(language.code());
    }

    @Override
    public RenderedPages render(DossierPlan plan, Path folder) throws IOException {
        Path pdf = Files.createTempFile(folder, "front-", ".pdf");
        List<Integer> sequences;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(pdf), 64 * 1024)) {
            sequences = renderer.renderSequences(tenant, language, TEMPLATE, model(plan), out);
        }
        if (sequences.size() != PARTS.size() + (hasStandIns(plan) ? 1 : 0)) {
            throw new RenderException("template " + language.code() + "/" + TEMPLATE + ".ftl must write one page"
                    + " sequence per part " + PARTS + " and then the exhibit stand-ins (f.placeholders), it wrote "
                    + sequences.size());
        }
        List<Part> parts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < PARTS.size(); i++) {
            parts.add(new Part(labels.get("part." + PARTS.get(i)), first));
            first += sequences.get(i);
        }
        return new RenderedPages(pdf, first, parts, true);
    }

    FrontMatterModel model(DossierPlan plan) {
        StatementDocument.Model a = account;
        return new FrontMatterModel(language.code(), file.jurisdiction(), file.currency(), a.asOf(), file.creditor(),
                file.debtor(), file.decisionMaker(), a.lines(), a.payments(), a.totals(), a.paymentsToInterest(),
                a.basis(), a.treasuryFine(), a.warnings(),
                new Verification(file.reference(), plan.caseReference(), plan.chainHead(), developmentSeal),
                titles(), cover(plan), sections(plan), Chronology.of(file, plan.events(), asOf, formats), checklist(),
                audit(plan.events()));
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        PARTS.forEach(p -> titles.put(p, labels.get("part." + p)));
        return titles;
    }

    private Cover cover(DossierPlan plan) {
        LocalDate built = plan.builtAt().atZone(CaseDates.zone(file.jurisdiction())).toLocalDate();
        List<String> missing = checklist.blocking(CompletenessRule.Phase.LITIGATION).stream()
                .map(Completeness.RuleResult::title).toList();
        return new Cover(plan.caseReference(), formats.date(built, file.jurisdiction()), file.stage().name(),
                file.recovery().claims().size(), plan.exhibits().size(),
                hasStandIns(plan) ? EXHIBIT_PAGES : PARTS.get(PARTS.size() - 1), plan.volumes().size(),
                checklist.readyForLitigation(), missing, plan.chainHead(), developmentSeal);
    }

    /** The template lays out the exhibit stand-ins after the parts when there are exhibits. */
    private static boolean hasStandIns(DossierPlan plan) {
        return !plan.exhibits().isEmpty();
    }

    private List<IndexSection> sections(DossierPlan plan) {
        boolean volumes = plan.volumes().size() > 1;
        boolean cited = plan.numbering() == Numbering.CONTINUOUS;
        List<IndexSection> sections = new ArrayList<>();
        for (DossierPlan.Section section : plan.sections()) {
            if (section.isFrontMatter()) {
                continue;
            }
            List<IndexLine> lines = plan.exhibits().stream().filter(e -> e.section().equals(section.letter()))
                    .map(e -> new IndexLine(e.number(), e.title(), e.date() == null ? "" : formats.shortDate(e.date()),
                            e.filename(), pages(plan.numbering(), e), volumes ? e.volume() : 0, e.duplicates().size(),
                            e.pageCount(), cited ? "pg-" + e.number() : null,
                            cited && e.pageCount() > 1 ? "pg-" + e.number() + "-end" : null))
                    .toList();
            sections.add(new IndexSection(section.letter(), labels.section(section.group()), lines));
        }
        return sections;
    }

    /** The exhibit's pages as stamped: {@code 12}, {@code 12–15}, {@code C 1–4}. */
    static String pages(Numbering numbering, DossierPlan.PlannedExhibit e) {
        if (e.firstLabel().equals(e.lastLabel())) {
            return e.firstLabel();
        }
        String last = numbering == Numbering.PER_SECTION ? e.lastLabel().substring(e.section().length() + 1) : e.lastLabel();
        return e.firstLabel() + "–" + last;
    }

    private Checklist checklist() {
        List<RuleRow> rules = checklist.rules().stream().map(r -> new RuleRow(r.title(),
                r.status().name().toLowerCase(java.util.Locale.ROOT), r.blocks().contains(CompletenessRule.Phase.LITIGATION),
                r.message(), r.fix(), r.source() == null ? null : r.source().source())).toList();
        return new Checklist(checklist.readyForAmicable(), checklist.readyForLitigation(), rules);
    }

    private static List<AuditRow> audit(List<CaseEvent> events) {
        return events.stream().map(e -> new AuditRow(e.seq(), e.type(), UTC_TIME.format(e.at()), e.actor(),
                e.hash(), e.prev())).toList();
    }
}
