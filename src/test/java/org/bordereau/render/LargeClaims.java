package org.bordereau.render;

import static org.bordereau.testing.CaseFiles.AGENT;
import static org.bordereau.testing.CaseFiles.TENANT;
import static org.bordereau.testing.CaseFiles.d;
import static org.bordereau.testing.CaseFiles.m;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.EventData;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.testing.CaseFiles;

/**
 * A Moroccan and a French case whose amounts are as wide as the documents print: five invoices from a few
 * euros to the largest one invoice may be (999 999 999,99), one due for almost four years, whose interest
 * takes its balance and the total due past a billion (ten digits before the decimals, the widest a balance
 * or a total is printed with), one almost wholly paid (the widest "paid"), and the 12 345 678,90 of an
 * ordinary Moroccan B2B claim. Digits have one width in every font of the documents, so these amounts are
 * as wide as any other with as many digits. Statements and letters are as of {@link LetterFiles#ISSUED}.
 */
final class LargeClaims {
    /** The invoices: number suffix, issue date, due date, amount. */
    private static final String[][] INVOICES = {
        {"00417", "2021-09-02", "2021-10-02", "999999999.99"},
        {"00452", "2024-10-15", "2024-11-14", "999999999.99"},
        {"00498", "2024-11-30", "2024-12-30", "12345678.90"},
        {"00533", "2025-01-20", "2025-02-19", "845320.10"},
        {"00561", "2025-02-28", "2025-03-30", "15.00"},
    };

    final CaseFiles files;
    final Case moroccan;
    final Case french;

    LargeClaims(Path dir) {
        files = new CaseFiles(dir, Instant.parse("2025-07-01T10:00:00Z"));
        moroccan = withLargeInvoices(files.moroccanCase("ATL-2025-LARGE").id(), "FA-2024-");
        french = withLargeInvoices(files.frenchCase("ACME-2025-LARGE").id(), "FC-2024-");
    }

    private Case withLargeInvoices(String id, String prefix) {
        for (String[] i : INVOICES) {
            files.commands.addClaim(TENANT, id, AGENT, new EventData.ClaimAdded(prefix + i[0], d(i[1]), d(i[2]),
                    m(i[3]), null, List.of(), null));
        }
        files.record(id, new EventData.PaymentReceived(d("2025-04-15"), m("987654321.98"), "VIR 2025-0415",
                prefix + "00452", true, List.of()));
        return files.get(id);
    }

    Case file(String jurisdiction) {
        return "MA".equals(jurisdiction) ? moroccan : french;
    }

    StatementDocument.Request statement(Language language, String jurisdiction) {
        Case file = file(jurisdiction);
        return new StatementDocument.Request(TENANT, language, file, files.statements.of(file, LetterFiles.ISSUED),
                LetterFiles.ISSUED, "01JZSTATEMENT0000000000002", LetterFiles.CHAIN_HEAD, false);
    }

    /** A letter of this kind; a payment plan has three instalments of hundreds of millions. */
    LetterRequest letter(LetterKind kind, Language language, String jurisdiction) {
        Case file = file(jurisdiction);
        PaymentPlan plan = kind != LetterKind.ECHEANCIER ? null : new PaymentPlan(0, LetterFiles.ISSUED, List.of(
                new Instalment(d("2025-07-31"), m("500000000.00")),
                new Instalment(d("2025-08-31"), m("500000000.00")),
                new Instalment(d("2025-09-30"), m("417618528.59"))), null, false, List.of());
        return new LetterRequest(TENANT, kind, language, file, files.statements.of(file, LetterFiles.ISSUED), 15,
                plan, LetterFiles.ISSUED, LetterFiles.LETTER_ID, LetterFiles.CHAIN_HEAD, false);
    }
}
