package org.bordereau.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseDates;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Language;
import org.bordereau.render.Templates;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.CompletenessPacks;
import org.bordereau.rules.RulePacks;
import org.bordereau.rules.StatementCalculator;
import org.bordereau.rules.Statements;
import org.bordereau.sign.DevelopmentSeal;
import org.bordereau.sign.PadesSigner;
import org.bordereau.sign.Seal;
import org.bordereau.sign.SealRequest;
import org.bordereau.testing.RunningService;

/**
 * The second floor of {@link DossierBenchmark}: the same dossier made by the libraries alone, with none
 * of the service around them. FOP lays out the same front matter (the model of a real build of the
 * same case as it is at that run, captured before timing); PDFBox merges its pages and the same 150 exhibit pages,
 * stamps every page, embeds the same originals and the manifest, saves; BouncyCastle seals it with the
 * same development seal ({@link PadesSigner}, as the letters' floor). What the service adds on top —
 * reading the case and computing the statement, checking every original's hash, planning, links,
 * bookmarks and labels, PDF/A metadata, storing and recording — is the ratio against it.
 */
final class DossierFloor {
    private final Clock clock = Clock.systemUTC();
    private final FoRenderer renderer = new FoRenderer(new Templates(null));
    private final RunningService service;
    private final String tenant;
    private final String caseId;
    private final DossierFixtures files;
    private final List<Path> pdfs;
    private final Path dir;
    private final PadesSigner signer;
    private final SealRequest seal;
    private final FopFrontMatters frontMatters;
    private FrontMatterModel frontMatter;
    private byte[] manifest;

    DossierFloor(RunningService service, String tenant, String caseId, DossierFixtures files, List<Path> pdfs, Path dir)
            throws IOException {
        this.service = service;
        this.tenant = tenant;
        this.caseId = caseId;
        this.files = files;
        this.pdfs = List.copyOf(pdfs);
        this.dir = dir;
        Seal development = Seal.fromPkcs12(service.app().store().getBytes("sys/signing/development-seal.p12"),
                DevelopmentSeal.STORE_PASSWORD.toCharArray(), "development seal");
        this.seal = SealRequest.of(development);
        this.signer = new PadesSigner(clock, Files.createTempDirectory(dir, "floor-signer-"));
        RulePacks latePayment = RulePacks.load();
        this.frontMatters = new FopFrontMatters(renderer, new Statements(new StatementCalculator(latePayment), clock),
                new CompletenessChecker(CompletenessPacks.load(), latePayment, clock));
    }

    /**
     * Untimed: the front matter's model and the manifest of a build of the case as it is now. Every
     * build adds events to the case, which its audit page and chronology list: the floor lays out the
     * same pages as the build it is compared with only if it is captured again before each run.
     */
    void capture() throws IOException {
        Case file = service.app().cases().get(tenant, caseId);
        CaseFrontMatter real = frontMatters.forCase(tenant, file, "fr", CaseDates.today(file, clock));
        AtomicReference<DossierPlan> laidOut = new AtomicReference<>();
        FrontMatter recording = (plan, folder) -> {
            laidOut.set(plan);
            return real.render(plan, folder);
        };
        DossierRequest request = new DossierRequest(file.reference(), "fr", files.exhibits, DossierOptions.defaults(),
                file.chainHead(), service.app().cases().events(tenant, caseId));
        DossierResult captured = new DossierBuilder(recording, Sealer.none(), ConverterSettings.builtInOnly(), clock)
                .build(request, Files.createTempDirectory(dir, "capture-"));
        frontMatter = real.model(laidOut.get());
        manifest = captured.manifest();
    }

    /** One dossier, sealed, to {@code out}, from the last {@link #capture}; its page count. */
    int make(OutputStream out) throws IOException {
        ByteArrayOutputStream front = new ByteArrayOutputStream(256 * 1024);
        List<Integer> sequences = renderer.renderSequences(null, Language.FR, CaseFrontMatter.TEMPLATE, frontMatter, front);
        int frontPages = sequences.subList(0, CaseFrontMatter.PARTS.size()).stream().mapToInt(Integer::intValue).sum();
        Path unsigned = Files.createTempFile(dir, "floor-unsigned-", ".pdf");
        List<PDDocument> sources = new ArrayList<>();
        int pages;
        try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocument frontDocument = Loader.loadPDF(front.toByteArray());
            sources.add(frontDocument);
            for (int i = 0; i < frontPages; i++) {
                merged.importPage(frontDocument.getPage(i));
            }
            DossierBench.importAll(merged, pdfs, sources);
            DossierBench.stampAll(merged);
            embed(merged);
            pages = merged.getNumberOfPages();
            merged.save(unsigned.toFile(), CompressParameters.NO_COMPRESSION);
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
        signer.sign(unsigned, out, seal);
        Files.delete(unsigned);
        return pages;
    }

    /** The originals and the manifest as embedded files, streamed from disk. */
    private void embed(PDDocument merged) throws IOException {
        Map<String, PDComplexFileSpecification> files = new HashMap<>();
        for (Path pdf : pdfs) {
            try (InputStream in = Files.newInputStream(pdf)) {
                files.put(pdf.getFileName().toString(), spec(merged, pdf.getFileName().toString(), in, "application/pdf"));
            }
        }
        try (InputStream in = new ByteArrayInputStream(manifest)) {
            files.put(Attachments.MANIFEST, spec(merged, Attachments.MANIFEST, in, "application/json"));
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(merged.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        merged.getDocumentCatalog().setNames(names);
    }

    private static PDComplexFileSpecification spec(PDDocument merged, String name, InputStream in, String type)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(merged, in);
        file.setSubtype(type);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        return spec;
    }
}
