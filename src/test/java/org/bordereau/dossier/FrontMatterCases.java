package org.bordereau.dossier;

import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.cases.Case;
import org.bordereau.cases.Contact;
import org.bordereau.cases.DocumentKind;
import org.bordereau.cases.EventData;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.Interaction;
import org.bordereau.cases.Party;
import org.bordereau.render.FoRenderer;
import org.bordereau.render.Templates;
import org.bordereau.testing.CaseFiles;

/**
 * Two recorded cases and their exhibits, built into dossiers with the real FOP front matter:
 * MA Atlas Distribution v. a debtor given by the test (two invoices, a payment, a call, a promise,
 * a plan whose first instalment was missed), FR Acme v. Beta (two invoices, a payment, an e-mail).
 */
final class FrontMatterCases {
    static final LocalDate AS_OF = d("2025-06-30");
    /** One engine per JVM, as the service has (FOP's first layout is slow). */
    static final FoRenderer RENDERER = new FoRenderer(new Templates(null));

    final CaseFiles files;
    final Path dir;

    FrontMatterCases(Path dir) {
        this.dir = dir;
        this.files = new CaseFiles(dir.resolve("store"), Instant.parse("2025-07-01T10:00:00Z"));
    }

    Case moroccan(Party debtor) {
        String id = files.moroccanCase("ATL-2025-001", debtor).id();
        files.record(id, new EventData.DecisionMakerSet(new Contact("Karim El Amrani", "CFO", "k.elamrani@souss.ma", null),
                "identified by phone"));
        files.commands.addClaim(CaseFiles.TENANT, id, CaseFiles.AGENT, new EventData.ClaimAdded("F-2025-017",
                d("2025-01-15"), d("2025-03-16"), m("48000"), null, List.of(), null));
        files.commands.addClaim(CaseFiles.TENANT, id, CaseFiles.AGENT, new EventData.ClaimAdded("F-2025-031",
                d("2025-02-10"), d("2025-04-11"), m("12500.50"), null, List.of(), null));
        files.record(id, new EventData.Call(d("2025-03-20"), Interaction.Direction.OUTGOING, "Karim El Amrani",
                "Promises to pay part in April", Interaction.Outcome.REACHED, List.of()));
        files.record(id, new EventData.PromiseMade(d("2025-03-20"), m("8000"), d("2025-04-30"), false, List.of(), null));
        files.record(id, new EventData.PaymentReceived(d("2025-05-15"), m("8000"), "VIR 4471", "F-2025-017", true,
                List.of()));
        files.decide(id, new EventData.PlanAgreed(d("2025-05-20"), List.of(new Instalment(d("2025-06-10"), m("20000")),
                new Instalment(d("2025-07-10"), m("32500.50"))), null, true, List.of(), null));
        return files.get(id);
    }

    Case french() {
        String id = files.frenchCase("ACME-2025-001").id();
        files.commands.addClaim(CaseFiles.TENANT, id, CaseFiles.AGENT, new EventData.ClaimAdded("F-2025-101",
                d("2025-01-10"), d("2025-02-09"), m("10000"), null, List.of(), null));
        files.commands.addClaim(CaseFiles.TENANT, id, CaseFiles.AGENT, new EventData.ClaimAdded("F-2025-115",
                d("2025-02-20"), d("2025-03-22"), m("2480.40"), null, List.of(), null));
        files.record(id, new EventData.Email(d("2025-03-04"), Interaction.Direction.INCOMING, "Claire Martin",
                "Asks for an instalment plan", Interaction.Outcome.REACHED, List.of()));
        files.record(id, new EventData.PaymentReceived(d("2025-04-10"), m("2500"), "VIR 88", null, false, List.of()));
        return files.get(id);
    }

    /** Eight exhibits in five sections, 12 pages. */
    List<Exhibit> exhibits(String name) throws IOException {
        DossierFixtures f = new DossierFixtures(Files.createDirectories(dir.resolve("in-" + name)));
        f.add(DocumentKind.CONTRACT, f.pdf("contrat.pdf", 3, PDRectangle.A4, 0, false), "application/pdf",
                "Contrat-cadre de fourniture", d("2024-09-02"));
        f.add(DocumentKind.INVOICE, f.pdf("2025-01-15 Facture F-2025-017.pdf", 2, PDRectangle.A4, 0, false),
                "application/pdf");
        f.add(DocumentKind.INVOICE, f.pdf("2025-02-10 Facture F-2025-031.pdf", 1, PDRectangle.A4, 0, false),
                "application/pdf");
        f.add(DocumentKind.DELIVERY_PROOF, f.png("2024-11-20 Preuve de livraison.png", "RECU 20/11"), "image/png");
        f.add(DocumentKind.CORRESPONDENCE, f.eml("reponse.eml", "Re: Facture F-2025-017",
                "Tue, 04 Mar 2025 10:15:00 +0100", false), "message/rfc822");
        f.add(DocumentKind.REMINDER, f.pdf("relance-1.pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                "Relance n°1", d("2025-03-01"));
        f.add(DocumentKind.REMINDER, f.pdf("relance-2.pdf", 2, PDRectangle.A4, 0, false), "application/pdf",
                "Relance n°2", d("2025-04-01"));
        f.add(DocumentKind.PAYMENT_PROOF, f.pdf("avis-virement.pdf", 1, PDRectangle.A4, 0, false), "application/pdf",
                "Avis de virement VIR 4471", d("2025-05-15"));
        return f.exhibits;
    }

    /** The dossier of {@code file} in {@code language}, with the FOP front matter, unsealed. */
    DossierResult build(Case file, String language, DossierOptions options, String name) throws IOException {
        return build(file, language, options, name, exhibits(name));
    }

    /** The same with these exhibits instead of the eight of {@link #exhibits}. */
    DossierResult build(Case file, String language, DossierOptions options, String name, List<Exhibit> exhibits)
            throws IOException {
        return build(file, language, options, name, exhibits, (done, total) -> { });
    }

    /** The same, told of the conversions' progress on the building thread. */
    DossierResult build(Case file, String language, DossierOptions options, String name, List<Exhibit> exhibits,
            DossierBuilder.Progress progress) throws IOException {
        FopFrontMatters factory = new FopFrontMatters(RENDERER, files.statements, files.completeness, tenant -> true);
        DossierBuilder builder = new DossierBuilder(factory.forCase(CaseFiles.TENANT, file, language, AS_OF),
                Sealer.none(), ConverterSettings.defaults(), Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"),
                ZoneOffset.UTC));
        DossierRequest request = new DossierRequest(file.reference(), language, exhibits, options,
                file.chainHead(), files.cases.events(CaseFiles.TENANT, file.id()));
        return builder.build(request, dir.resolve("out-" + name), progress);
    }
}
