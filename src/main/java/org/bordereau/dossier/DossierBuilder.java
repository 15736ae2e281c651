package org.bordereau.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bordereau.cases.Blobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a litigation dossier. The stages run in one fixed order, here and nowhere else
 * (STYLE.md §7): convert → plan with the front matter → per volume: assemble → stamp and paginate →
 * index links, bookmarks, labels → attachments and manifest → PDF/A metadata → save → seal last.
 * Stamping after sealing would break the signature, and anything after the PDF/A stage could undo it.
 *
 * <p>Work files live in a private folder under {@code outputDir}, deleted at the end: converted pages,
 * the front matter, PDFBox's scratch files; none goes to the JVM's temporary folder, where a crash
 * would leave copies of the evidence. The volumes and {@code manifest.json} stay in {@code outputDir}
 * for the caller to store.
 */
public final class DossierBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DossierBuilder.class);
    private static final int MAX_FRONT_MATTER_PASSES = 5;

    private final FrontMatter frontMatter;
    private final Sealer sealer;
    private final ConverterSettings settings;
    private final Clock clock;
    private final Fonts fonts = new Fonts();

    public DossierBuilder(FrontMatter frontMatter, Sealer sealer, ConverterSettings settings, Clock clock) {
        this.frontMatter = frontMatter;
        this.sealer = sealer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Told after each distinct original is converted (the long stage): {@code done} of {@code total},
     * counting up as conversions finish, in whatever order. Called on the building thread; must be quick.
     */
    @FunctionalInterface
    public interface Progress {
        void converted(int done, int total);
    }

    public DossierResult build(DossierRequest request, Path outputDir) throws IOException {
        return build(request, outputDir, (done, total) -> { });
    }

    public DossierResult build(DossierRequest request, Path outputDir, Progress progress) throws IOException {
        Files.createDirectories(outputDir);
        Path work = Files.createTempDirectory(outputDir, ".work-");
        StageTimes times = new StageTimes();
        try {
            Instant builtAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Labels labels = new Labels(request.language());
            Map<String, String> names = Attachments.names(request.exhibits());
            List<Filed> filed = convert(request, new Conversions(settings, fonts, labels, work, names), progress);
            times.lap("convert");
            Layout layout = layOut(request, builtAt, filed, work, times);
            Map<Integer, Filed> byNumber = byNumber(layout.plan, filed);
            List<String> issues = pdfaIssues(layout.plan, byNumber);
            List<String> files = volumeFiles(layout.plan);
            byte[] manifest = Manifest.of(layout.plan, byNumber, names, files, issues);
            Path manifestFile = Files.write(outputDir.resolve(Attachments.MANIFEST), manifest);
            String title = labels.get("dossier.title", request.caseReference());
            List<DossierResult.VolumeFile> volumes = new ArrayList<>();
            for (DossierPlan.Volume volume : layout.plan.volumes()) {
                String volumeTitle = layout.plan.volumes().size() == 1 ? title
                        : title + " — " + labels.get("volume", volume.number());
                Path unsigned = work.resolve("unsigned-" + volume.number() + ".pdf");
                times.lap("manifest");
                try (Assembly assembly = Assembly.of(layout.plan, volume, layout.rendered.pdf(), byNumber, work)) {
                    times.lap("assemble");
                    Stamper.stamp(assembly, layout.plan, labels, fonts);
                    times.lap("stamp");
                    Navigation.apply(assembly, layout.plan, layout.rendered.parts(), labels);
                    Attachments.attach(assembly, layout.plan, byNumber, names, manifest, builtAt, labels);
                    PdfaMetadata.apply(assembly.document(), volumeTitle, builtAt, issues.isEmpty());
                    times.lap("navigation, attachments, PDF/A");
                    assembly.save(unsigned);
                }
                times.lap("save");
                Path sealed = outputDir.resolve(files.get(volume.number() - 1));
                sealer.seal(unsigned, sealed);
                times.lap("seal");
                volumes.add(new DossierResult.VolumeFile(volume.number(), sealed, Blobs.sha256(sealed), Files.size(sealed),
                        volume.pageCount()));
            }
            LOG.info("Dossier {}: {} pages built in {} ms ({})", request.caseReference(), layout.plan.totalPages(),
                    times.totalMillis(), times);
            return new DossierResult(layout.plan, volumes, manifestFile, manifest, issues.isEmpty(), issues,
                    request.exhibits());
        } finally {
            delete(work);
        }
    }

    /**
     * Stage 1: every distinct original copied and checked against its SHA-256, then converted, a few at a
     * time ({@link ConversionPool}). The same bytes filed twice (two documents, one file) are converted
     * once and listed once, under the first.
     */
    private List<Filed> convert(DossierRequest request, Conversions conversions, Progress progress)
            throws IOException {
        List<Exhibit> chosen = chosen(request);
        Map<String, List<String>> duplicates = new LinkedHashMap<>();
        Map<String, Exhibit> firsts = new LinkedHashMap<>();
        for (Exhibit exhibit : chosen) {
            if (firsts.putIfAbsent(exhibit.sha256(), exhibit) != null) {
                duplicates.computeIfAbsent(exhibit.sha256(), k -> new ArrayList<>()).add(exhibit.documentId());
            }
        }
        int total = firsts.size();
        List<ConversionPool.Task<Filed>> work = new ArrayList<>();
        for (Exhibit first : firsts.values()) {
            work.add(new ConversionPool.Task<>(() -> {
                Spooled original = Spooled.copy(first, conversions.folder());
                Converted pages = conversions.convert(original);
                ExhibitTitles.Listed listed = ExhibitTitles.of(first, pages);
                return new Filed(original, pages, listed.title(), listed.date(),
                        duplicates.getOrDefault(first.sha256(), List.of()));
            }, Conversions.weight(first.mediaType(), first.size())));
        }
        progress.converted(0, total);
        List<Filed> filed = ConversionPool.inOrder(work, settings.parallelism(), done -> progress.converted(done, total));
        return Planner.order(filed, request.options().order());
    }

    /** The exhibits the options include, in the order given (all of them when no order is given). */
    private static List<Exhibit> chosen(DossierRequest request) {
        List<String> order = request.options().order();
        if (order.isEmpty()) {
            return request.exhibits();
        }
        Map<String, Exhibit> byId = new HashMap<>();
        request.exhibits().forEach(e -> byId.putIfAbsent(e.documentId(), e));
        List<Exhibit> chosen = new ArrayList<>();
        for (String id : order) {
            Exhibit exhibit = byId.remove(id);
            if (exhibit == null) {
                throw new IllegalArgumentException("The order names document " + id
                        + ", which is not among the exhibits (or is named twice)");
            }
            chosen.add(exhibit);
        }
        return chosen;
    }

    private record Layout(DossierPlan plan, FrontMatter.RenderedPages rendered) {}

    /**
     * The plan and its front matter. The front matter's length moves every page range after it, and the
     * page ranges are printed in the front matter: render, re-plan with the real length, until stable.
     * A front matter that numbers its pages itself is exact after one layout, unless its real length
     * moved an exhibit to another volume (the index prints volumes).
     */
    private Layout layOut(DossierRequest request, Instant builtAt, List<Filed> filed, Path work, StageTimes times)
            throws IOException {
        DossierPlan plan = Planner.plan(request, builtAt, filed, 0);
        for (int pass = 1; pass <= MAX_FRONT_MATTER_PASSES; pass++) {
            FrontMatter.RenderedPages rendered = frontMatter.render(plan, work);
            times.lap("front matter");
            if (rendered.pageCount() == plan.frontMatterPages()) {
                LOG.debug("Front matter stable at {} pages after {} passes", rendered.pageCount(), pass);
                return new Layout(plan, rendered);
            }
            DossierPlan real = Planner.plan(request, builtAt, filed, rendered.pageCount());
            if (rendered.selfNumbered() && real.sameVolumes(plan)) {
                return new Layout(real, rendered);
            }
            plan = real;
        }
        throw new IllegalStateException("The front matter's page count did not settle in "
                + MAX_FRONT_MATTER_PASSES + " passes");
    }

    private static Map<Integer, Filed> byNumber(DossierPlan plan, List<Filed> ordered) {
        Map<Integer, Filed> byNumber = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byNumber.put(plan.exhibits().get(i).number(), ordered.get(i));
        }
        return byNumber;
    }

    private static List<String> pdfaIssues(DossierPlan plan, Map<Integer, Filed> byNumber) {
        List<String> issues = new ArrayList<>();
        for (DossierPlan.PlannedExhibit exhibit : plan.exhibits()) {
            for (String issue : byNumber.get(exhibit.number()).pages().pdfaIssues()) {
                issues.add("exhibit " + exhibit.number() + ", " + issue);
            }
        }
        return issues;
    }

    private static List<String> volumeFiles(DossierPlan plan) {
        List<String> files = new ArrayList<>();
        for (DossierPlan.Volume volume : plan.volumes()) {
            files.add(plan.volumes().size() == 1 ? "dossier.pdf" : "dossier-vol" + volume.number() + ".pdf");
        }
        return files;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Work folder {} not fully deleted", folder, e);
        }
    }
}
