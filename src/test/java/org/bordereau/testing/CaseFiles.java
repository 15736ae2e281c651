package org.bordereau.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bordereau.cases.Case;
import org.bordereau.cases.CaseCommands;
import org.bordereau.cases.CaseEvent;
import org.bordereau.cases.CaseService;
import org.bordereau.cases.Contact;
import org.bordereau.cases.Document;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.ExtractedField;
import org.bordereau.cases.NewCase;
import org.bordereau.cases.Party;
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
import org.bordereau.storage.FileBlobStore;

/**
 * The domain graph of cases and rules over a temporary directory, wired as {@code app} wires it, with
 * a clock the test sets, and short ways to put documents and facts on a case.
 */
public final class CaseFiles {
    public static final String TENANT = "acme";
    public static final String AGENT = "agent:alice";
    private static final RulePacks LATE_PAYMENT = RulePacks.load();
    private static final CompletenessPacks COMPLETENESS = CompletenessPacks.load();
    public static final FollowUpRules.Defaults FOLLOW_UP_DEFAULTS = FollowUpRules.load();
    private static final FollowUpTexts FOLLOW_UP_TEXTS = FollowUpTexts.load();

    public final SetClock clock;
    public final CaseService cases;
    public final CompletenessChecker completeness;
    public final Statements statements;
    public final CaseCommands commands;
    public final FollowUpSettings followUpSettings;
    public final FollowUps followUps;
    private final AtomicInteger documents = new AtomicInteger();

    public CaseFiles(Path dir, Instant now) {
        this.clock = new SetClock(now);
        FileBlobStore store = new FileBlobStore(dir);
        this.cases = new CaseService(store, clock);
        this.completeness = new CompletenessChecker(COMPLETENESS, LATE_PAYMENT, clock);
        this.statements = new Statements(new StatementCalculator(LATE_PAYMENT), clock);
        this.commands = new CaseCommands(cases, clock, StageGuard.all(new LitigationGate(completeness),
                new PaidInFullGate(statements)));
        this.followUpSettings = new FollowUpSettings(new TenantSettings(store), FOLLOW_UP_DEFAULTS, clock);
        this.followUps = new FollowUps(cases, statements, followUpSettings, FOLLOW_UP_TEXTS, clock);
    }

    /** Records a decision (a plan, a stage change) on the case's current version. */
    public CaseEvent decide(String caseId, EventData decision) {
        return commands.record(TENANT, caseId, AGENT, get(caseId).version(), decision);
    }

    /** A Moroccan case: a creditor in Casablanca, the debtor as given, no decision-maker. */
    public Case moroccanCase(String reference, Party debtor) {
        Party creditor = new Party("Atlas Distribution SARL", "SARL", "001561191000066", null, null, "RC 12345",
                "1234567", "12 bd Zerktouni, Casablanca", "recouvrement@atlas.ma", null);
        return cases.create(TENANT, AGENT, new NewCase(reference, "MA", "MAD", creditor, debtor, null));
    }

    public Case moroccanCase(String reference) {
        return moroccanCase(reference, moroccanDebtor());
    }

    public static Party moroccanDebtor() {
        return new Party("Souss Négoce SA", "SA", "002136093000040", null, null, "RC Agadir 4567", null,
                "5 rue Oued Fès, Agadir", "compta@souss.ma", "+212 528 00 00 00");
    }

    public Case frenchCase(String reference) {
        Party creditor = new Party("Acme SAS", "SAS", null, "732829320", null, null, null, "1 rue de la Paix, Paris",
                null, null);
        Party debtor = new Party("Beta SARL", "SARL", null, "552100554", null, null, null, "3 avenue Foch, Lyon",
                null, null);
        return cases.create(TENANT, AGENT, new NewCase(reference, "FR", "EUR", creditor, debtor,
                new Contact("Claire Martin", "CFO", "c.martin@beta.example", null)));
    }

    /** Records a document of {@code kind} with these extracted fields (values as ingestion writes them). */
    public String document(String caseId, DocumentKind kind, String filename, Map<String, String> fields) {
        String id = String.format("01JZZ%021d", documents.incrementAndGet());
        Map<String, ExtractedField> extracted = new HashMap<>();
        fields.forEach((k, v) -> extracted.put(k, new ExtractedField(v, ExtractedField.TEXT, 0.9)));
        cases.record(TENANT, caseId, AGENT, new EventData.DocumentAdded(id, sha256(id), 1000, "application/pdf",
                "application/pdf", filename, new Document.Extraction(kind, 0.9, extracted), Map.of(), List.of(), null,
                null));
        return id;
    }

    public String document(String caseId, DocumentKind kind, String filename) {
        return document(caseId, kind, filename, Map.of());
    }

    /** Records a fact through the commands, as the HTTP layer does. */
    public CaseEvent record(String caseId, EventData fact) {
        return commands.record(TENANT, caseId, AGENT, null, fact);
    }

    public Case get(String caseId) {
        return cases.get(TENANT, caseId);
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test sets; it does not move by itself. */
    public static final class SetClock extends Clock {
        private final AtomicReference<Instant> now;

        SetClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        public void set(Instant instant) {
            now.set(instant);
        }

        /** Noon in Casablanca on {@code day}. */
        public void setDay(String day) {
            now.set(LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
