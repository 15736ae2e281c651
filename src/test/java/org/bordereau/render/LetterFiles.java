package org.bordereau.render;

import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.Contact;
import org.bordereau.cases.EventData;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.NewCase;
import org.bordereau.cases.Party;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.rules.Statement;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Two recorded cases to write letters about, built through the real commands: a Moroccan one
 * (Latin company names and invoice numbers, to be set inside Arabic text) and a French one.
 *
 * <pre>
 * MA  Atlas Distribution SARL v. Souss Négoce SA (decision-maker Karim El Amrani, CFO)
 *     F-2025-017  issued 2025-01-15, due 2025-03-16, 48 000.00 MAD; paid 8 000.00 (VIR 4471) on 2025-05-15
 *     F-2025-031  issued 2025-02-10, due 2025-04-11, 12 500.50 MAD
 * FR  Acme SAS v. Beta SARL (decision-maker Claire Martin, CFO)
 *     F-2025-101  issued 2025-01-10, due 2025-02-09, 10 000.00 EUR; paid 2 500.00 (VIR 88) on 2025-04-10
 *     F-2025-115  issued 2025-02-20, due 2025-03-22, 2 480.40 EUR
 * Statements as of 2025-06-30; letters issued that day.
 * </pre>
 */
final class LetterFiles {
    static final LocalDate ISSUED = d("2025-06-30");
    static final String CHAIN_HEAD = "9f2c4e8a1b3d5f7091a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4";
    static final String LETTER_ID = "01JZ8K3M4N5P6Q7R8S9T0V1W2X";

    final CaseFiles files;
    final Case moroccan;
    final Case french;

    LetterFiles(Path dir) {
        this(dir, CaseFiles.moroccanDebtor());
    }

    /** The same files with another Moroccan debtor (hostile names). */
    LetterFiles(Path dir, Party moroccanDebtor) {
        files = new CaseFiles(dir, Instant.parse("2025-07-01T10:00:00Z"));
        Party atlas = new Party("Atlas Distribution SARL", "SARL", "001561191000066", null, null, "RC 12345",
                "1234567", "12 bd Zerktouni, Casablanca", "recouvrement@atlas.ma", "+212 522 00 00 00");
        String ma = files.cases.create(TENANT, AGENT, new NewCase("ATL-2025-001", "MA", "MAD", atlas, moroccanDebtor,
                new Contact("Karim El Amrani", "CFO", "k.elamrani@souss.ma", null))).id();
        files.commands.addClaim(TENANT, ma, AGENT, new EventData.ClaimAdded("F-2025-017", d("2025-01-15"),
                d("2025-03-16"), m("48000"), null, List.of(), null));
        files.commands.addClaim(TENANT, ma, AGENT, new EventData.ClaimAdded("F-2025-031", d("2025-02-10"),
                d("2025-04-11"), m("12500.50"), null, List.of(), null));
        files.record(ma, new EventData.PaymentReceived(d("2025-05-15"), m("8000"), "VIR 4471", "F-2025-017", true,
                List.of()));
        moroccan = files.get(ma);

        String fr = files.frenchCase("ACME-2025-001").id();
        files.commands.addClaim(TENANT, fr, AGENT, new EventData.ClaimAdded("F-2025-101", d("2025-01-10"),
                d("2025-02-09"), m("10000"), null, List.of(), null));
        files.commands.addClaim(TENANT, fr, AGENT, new EventData.ClaimAdded("F-2025-115", d("2025-02-20"),
                d("2025-03-22"), m("2480.40"), null, List.of(), null));
        files.record(fr, new EventData.PaymentReceived(d("2025-04-10"), m("2500"), "VIR 88", null, false, List.of()));
        french = files.get(fr);
    }

    /** Every kind of letter in every language for a Moroccan and a French case: (kind, language, jurisdiction). */
    static List<Arguments> letters() {
        List<Arguments> all = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            for (Language language : Language.values()) {
                for (String jurisdiction : List.of("MA", "FR")) {
                    all.add(Arguments.of(kind, language, jurisdiction));
                }
            }
        }
        return all;
    }

    Case file(String jurisdiction) {
        return "MA".equals(jurisdiction) ? moroccan : french;
    }

    Statement statement(Case file) {
        return files.statements.of(file, ISSUED);
    }

    /** Three monthly instalments that pay the principal; the rest is waived if they are kept. */
    static PaymentPlan plan(Case file) {
        boolean ma = "MA".equals(file.jurisdiction());
        return new PaymentPlan(0, ISSUED, List.of(
                new Instalment(d("2025-07-31"), m(ma ? "20000.00" : "3000.00")),
                new Instalment(d("2025-08-31"), m(ma ? "20000.00" : "3000.00")),
                new Instalment(d("2025-09-30"), m(ma ? "12500.50" : "3980.40"))),
                ma ? "Caution personnelle et solidaire du gérant, M. Youssef Bennani" : null, false, List.of());
    }

    LetterRequest request(LetterKind kind, Language language, Case file) {
        return new LetterRequest(TENANT, kind, language, file, statement(file), 15,
                kind == LetterKind.ECHEANCIER ? plan(file) : null, ISSUED, LETTER_ID, CHAIN_HEAD, true);
    }
}
