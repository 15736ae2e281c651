package org.bordereau.app;

import java.time.Clock;
import java.time.Duration;
import org.bordereau.access.ApiKeys;
import org.bordereau.access.DownloadLinks;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.StageGuard;
import org.bordereau.cases.TenantSettings;
import org.bordereau.rules.CompletenessChecker;
import org.bordereau.rules.CompletenessPacks;
import org.bordereau.rules.FollowUpRules;
import org.bordereau.rules.FollowUpSettings;
import org.bordereau.rules.FollowUpTexts;
import org.bordereau.rules.FollowUps;
import org.bordereau.rules.LitigationGate;
import org.bordereau.rules.PaidInFullGate;
import org.bordereau.rules.RulePacks;
import org.bordereau.rules.StatementCalculator;
import org.bordereau.rules.Statements;
import org.bordereau.cases.Replays;
import org.bordereau.ingest.DocumentIntake;
import org.bordereau.ingest.EvidenceContent;
import org.bordereau.ingest.Extractor;
import org.bordereau.ingest.IngestLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.dossier.ConverterSettings;
import org.bordereau.dossier.DossierService;
import org.bordereau.dossier.DossierSettings;
import org.bordereau.dossier.FrontMatterFactory;
import org.bordereau.dossier.FopFrontMatters;
import org.bordereau.dossier.TenantSealer;
import org.bordereau.http.HttpApi;
import org.bordereau.cases.IssuedIndex;
import org.bordereau.letters.LetterService;
import org.bordereau.letters.StatementPdfs;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Letters;
import org.bordereau.render.StatementDocument;
import org.bordereau.render.Templates;
import org.bordereau.sign.Verifier;
import org.bordereau.storage.BlobStore;
import org.bordereau.storage.PresignedLinks;

/**
 * The wiring: one object graph per process, built by hand from the configuration (no container).
 * Tests build the same graph over a temporary directory or an in-process S3 server.
 */
public final class App implements AutoCloseable {
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Config config;
    private final Clock clock;
    private final BlobStore store;
    private final ApiKeys keys;
    private final CaseService cases;
    private final DownloadLinks links;
    private final DocumentIntake intake;
    private final EvidenceContent evidence;
    private final Replays replays;
    private final CaseCommands commands;
    private final CompletenessChecker completeness;
    private final Statements statements;
    private final FollowUpSettings followUpSettings;
    private final FollowUps followUps;
    private final FoRenderer renderer;
    private final LetterService letters;
    private final StatementPdfs statementPdfs;
    private final IssuedIndex issued;
    private final Verifier verifier;
    private final DossierService dossiers;
    private final Monitoring monitoring;
    private HttpApi http;
    private Thread sweep;

    /** {@code links} signs filesystem download links; null when the store presigns by itself (S3). */
    public App(Config config, BlobStore store, PresignedLinks links, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.keys = new ApiKeys(store, clock);
        this.cases = new CaseService(store, clock);
        this.links = new DownloadLinks(store, links);
        this.intake = new DocumentIntake(store, cases, new Extractor(), IngestLimits.defaults(config.maxUploadBytes()),
                tempDir(config));
        this.evidence = new EvidenceContent(store, cases);
        RulePacks latePayment = RulePacks.load();
        this.completeness = new CompletenessChecker(CompletenessPacks.load(), latePayment, clock);
        this.statements = new Statements(new StatementCalculator(latePayment), clock);
        this.commands = new CaseCommands(cases, clock, StageGuard.all(new LitigationGate(completeness),
                new PaidInFullGate(statements)));
        this.followUpSettings = new FollowUpSettings(new TenantSettings(store), FollowUpRules.load(), clock);
        this.followUps = new FollowUps(cases, statements, followUpSettings, FollowUpTexts.load(), clock);
        this.replays = new Replays(store);
        this.renderer = new FoRenderer(new Templates(config.templatesDir()));
        Sealing sealing = new Sealing(Seals.open(config, store), Seals.signer(config, tempDir(config)));
        this.issued = new IssuedIndex(store);
        this.letters = new LetterService(cases, statements, new LetterRendering(new Letters(renderer)), sealing, store,
                issued, clock, tempDir(config));
        this.statementPdfs = new StatementPdfs(cases, statements,
                LetterRendering.statements(new StatementDocument(renderer)), sealing, clock, tempDir(config));
        this.verifier = new Verifier(tempDir(config));
        FrontMatterFactory frontMatters = new FopFrontMatters(renderer, statements, completeness,
                sealing::isDevelopment);
        this.dossiers = new DossierService(cases, store, issued, frontMatters, dossierSealer(sealing),
                ConverterSettings.defaults().withParallelism(config.conversions()), DossierSettings.defaults(), clock,
                tempDir(config));
        this.monitoring = new Monitoring(dossiers);
    }

    /** The dossier's view of the letters' sealer: same keys, same PAdES level rules. */
    static TenantSealer dossierSealer(Sealing sealing) {
        return (tenant, in, out) -> {
            org.bordereau.letters.Sealer.Sealed sealed = sealing.seal(tenant, in, out);
            return new TenantSealer.Sealed(sealed.level(), sealed.developmentSeal(), sealed.downgrade());
        };
    }

    /** Pays the cold costs (Tika, OCR check, FOP and fonts) before the first user does. */
    public void warmUp() {
        intake.warmUp();
        renderer.warmUp();
    }

    static Path tempDir(Config config) {
        try {
            return Files.createDirectories(config.tempDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create BORDEREAU_TMP=" + config.tempDir(), e);
        }
    }

    public DossierService dossiers() {
        return dossiers;
    }

    public CaseService cases() {
        return cases;
    }

    /** Letters as the HTTP routes issue them (benchmarks compare the service with its routes). */
    public LetterService letters() {
        return letters;
    }

    public DocumentIntake intake() {
        return intake;
    }

    /** The graph for a configuration: the store it names, the system clock. */
    public static App fromConfig(Config config) {
        Stores.Opened opened = Stores.open(config);
        return new App(config, opened.store(), opened.links(), Clock.systemUTC());
    }

    /** Serves HTTP, and sweeps what an earlier crash left behind (in the background: a large store takes seconds). */
    public App start() {
        sweep = new StartupSweep(tempDir(config), config.dataDir(), store).startInBackground();
        http = HttpApi.create(new HttpApi.Services(cases, keys, links, intake, evidence, replays, store::ping,
                config.maxUploadBytes(), config.tempDir(), commands, completeness, statements, followUps,
                followUpSettings, new HttpApi.Outputs(letters, statementPdfs, verifier, issued, dossiers, clock),
                new HttpApi.Metrics(monitoring.registry(), monitoring::scrape)))
                .start(config.host(), config.port());
        return this;
    }

    public int port() {
        return http.port();
    }

    public ApiKeys keys() {
        return keys;
    }

    public BlobStore store() {
        return store;
    }

    @Override
    public void close() {
        if (sweep != null) {
            sweep.interrupt(); // stops between folders; the next start sweeps the rest
            sweep = null;
        }
        if (http != null) {
            http.stop(SHUTDOWN_GRACE);
            http = null;
        }
        dossiers.close();
        monitoring.close();
    }
}
