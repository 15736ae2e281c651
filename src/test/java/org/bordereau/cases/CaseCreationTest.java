package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bordereau.cases.Samples.AGENT;
import static org.bordereau.cases.Samples.TENANT;

import java.nio.file.Path;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCreationTest {
    @TempDir
    Path dir;
    CaseService cases;

    @BeforeEach
    void start() {
        cases = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
    }

    @Test
    void aCreatedCaseReadsBackWithItsPartiesAtTheFirstStage() {
        Case created = cases.create(TENANT, AGENT, Samples.newCase("ACME-2025-001"));

        Case read = cases.get(TENANT, created.id());

        assertThat(read).isEqualTo(created);
        assertThat(read.reference()).isEqualTo("ACME-2025-001");
        assertThat(read.creditor().siren()).isEqualTo("732829320");
        assertThat(read.debtor().name()).isEqualTo("Beta SARL");
        assertThat(read.debtor().ice()).isEqualTo("001561191000066");
        assertThat(read.decisionMaker().role()).isEqualTo("CFO");
        assertThat(read.stage()).isEqualTo(Stage.COMMERCIAL);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.chainHead()).matches("[0-9a-f]{64}");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.createdAt()).isEqualTo(read.updatedAt());
    }

    @Test
    void inputIsNormalized() {
        NewCase messy = new NewCase("  ACME-2025-002 ", "fr", "eur",
                Samples.withIds(Samples.creditor(), null, "732 829 320", "732\u00a0829\u00a0320\u00a000074"),
                Samples.debtor("  Beta SARL ", "001 561 191 000 066"), null);

        Case c = cases.create(TENANT, AGENT, messy);

        assertThat(c.reference()).isEqualTo("ACME-2025-002");
        assertThat(c.jurisdiction()).isEqualTo("FR");
        assertThat(c.currency()).isEqualTo("EUR");
        assertThat(c.creditor().siret()).isEqualTo("73282932000074");
        assertThat(c.debtor().ice()).isEqualTo("001561191000066");
        assertThat(c.debtor().name()).isEqualTo("Beta SARL");
        assertThat(c.decisionMaker()).isNull();
    }

    @Test
    void everyProblemOfAnInvalidCommandIsNamedAtOnce() {
        Party badDebtor = new Party("", null, "12345", null, null, null, null, "x".repeat(501), "not-an-email",
                "call me maybe");
        NewCase bad = new NewCase("", "DE", "EURO", null, badDebtor, new Contact(null, null, null, null));

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> cases.create(TENANT, AGENT, bad));

        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "reference", "jurisdiction", "currency", "creditor", "debtor.name", "debtor.ice",
                "debtor.address", "debtor.email", "debtor.phone", "decisionMaker.name");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Test
    void anIceWhoseUnofficialKeyFailsIsKeptWithAWarning() {
        NewCase c = Samples.withDebtor(Samples.newCase("ACME-ICE"), Samples.debtor("Beta SARL", "001561191000067"));

        Case created = cases.create(TENANT, AGENT, c);

        assertThat(created.debtor().ice()).isEqualTo("001561191000067");
        assertThat(created.warnings()).singleElement().asString().startsWith("debtor.ice:").contains("unofficial");
        assertThat(cases.get(TENANT, created.id()).warnings()).isEqualTo(created.warnings());
    }

    @Test
    void siretAndSirenWithWrongCheckDigitsAreRefused() {
        Party creditor = Samples.withIds(Samples.creditor(), null, "732829321", "73282932000075");

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> cases.create(TENANT, AGENT, Samples.withCreditor(Samples.newCase("ACME-LUHN"), creditor)));

        assertThat(e.violations()).extracting(Violation::field).contains("creditor.siren", "creditor.siret");
        assertThat(e.violations()).filteredOn(v -> v.field().equals("creditor.siren"))
                .singleElement().extracting(Violation::message).asString().contains("Luhn");
    }

    @Test
    void aSiretOfAnotherCompanyIsRefused() {
        Party creditor = Samples.withIds(Samples.creditor(), null, "732829320", "55210055400013");

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> cases.create(TENANT, AGENT, Samples.withCreditor(Samples.newCase("ACME-SIRET"), creditor)));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("creditor.siret");
            assertThat(v.message()).contains("732829320");
        });
    }

    @Test
    void laPosteEstablishmentsAreAcceptedDespiteFailingLuhn() {
        assertThat(CompanyIds.luhn("35600000009075")).as("precondition: not a Luhn number").isFalse();
        Party laPoste = Samples.withIds(Samples.creditor(), null, "356000000", "35600000009075");

        Case c = cases.create(TENANT, AGENT, Samples.withCreditor(Samples.newCase("ACME-POSTE"), laPoste));

        assertThat(c.creditor().siret()).isEqualTo("35600000009075");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> cases.create(TENANT, AGENT,
                Samples.withCreditor(Samples.newCase("ACME-POSTE-2"),
                        Samples.withIds(laPoste, null, "356000000", "35600000009076")))).violations())
                .extracting(Violation::field).containsExactly("creditor.siret");
    }

    @Test
    void onlyCurrentCurrenciesAreAccepted() {
        for (String code : new String[] {"XXX", "XTS", "XAU", "CHE", "FRF", "ABC", "EU1"}) {
            InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                    () -> cases.create(TENANT, AGENT, Samples.withCurrency(Samples.newCase("CUR-" + code), code)));
            assertThat(e).as(code).isNotNull();
            assertThat(e.violations()).as(code).extracting(Violation::field).containsExactly("currency");
        }
        assertThat(cases.create(TENANT, AGENT, Samples.withCurrency(Samples.newCase("CUR-XOF"), "XOF")).currency())
                .as("the West African CFA franc is a real currency").isEqualTo("XOF");
    }

    @Test
    void aReferenceIsUsedByOneCaseOnlyWhateverItsCase() {
        Case first = cases.create(TENANT, AGENT, Samples.newCase("ACME-2025-DUP"));

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> cases.create(TENANT, AGENT, Samples.newCase(" acme-2025-dup")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("reference");
            assertThat(v.message()).contains(first.id());
        });
        assertThat(cases.create("other-tenant", AGENT, Samples.newCase("ACME-2025-DUP")).id())
                .as("references are per tenant").isNotEqualTo(first.id());
    }

    @Test
    void aReferenceClaimedByACreationThatNeverFinishedCanBeUsed() {
        CaseService crashed = new CaseService(new FileBlobStore(dir), new Samples.TickingClock());
        String orphanId = new CaseIds(new Samples.TickingClock()).newCaseId();
        new ReferenceIndex(new FileBlobStore(dir)).claim(TENANT, "ACME-ORPHAN", orphanId);

        Case c = crashed.create(TENANT, AGENT, Samples.newCase("ACME-ORPHAN"));

        assertThat(c.id()).isEqualTo(orphanId);
        assertThat(cases.get(TENANT, orphanId).reference()).isEqualTo("ACME-ORPHAN");
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        String unknown = new CaseIds(new Samples.TickingClock()).newCaseId();
        assertThatThrownBy(() -> cases.get(TENANT, unknown)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.get(TENANT, "../../sys/keys")).isInstanceOf(CaseNotFoundException.class);
        Case mine = cases.create(TENANT, AGENT, Samples.newCase("ACME-MINE"));
        assertThatThrownBy(() -> cases.get("intruder", mine.id()))
                .as("another tenant's case does not exist for them").isInstanceOf(CaseNotFoundException.class);
        assertThat(cases.get(TENANT, mine.id().toLowerCase())).isEqualTo(mine);
    }
}
