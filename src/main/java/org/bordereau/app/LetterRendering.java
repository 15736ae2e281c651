package org.bordereau.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bordereau.cases.Instalment;
import org.bordereau.cases.PaymentPlan;
import org.bordereau.letters.LetterDraft;
import org.bordereau.letters.LetterRenderer;
import org.bordereau.letters.LetterRequest;
import org.bordereau.render.InvoiceAppendix;
import org.bordereau.render.Language;
import org.bordereau.render.Letters;
import org.bordereau.render.RenderedPdf;

/** The letters room's renderer, over the FOP letters of {@code render}. */
final class LetterRendering implements LetterRenderer {
    private final Letters letters;

    LetterRendering(Letters letters) {
        this.letters = letters;
    }

    @Override
    public int render(LetterDraft d, OutputStream out) throws IOException {
        org.bordereau.render.LetterRequest request = new org.bordereau.render.LetterRequest(d.tenant(),
                d.kind(), Language.of(d.language(), "language"), d.file(), d.statement(),
                (int) ChronoUnit.DAYS.between(d.date(), d.deadline()), plan(d), d.date(), d.letterId(), d.chainHead(),
                d.developmentSeal());
        if (d.appendedInvoices().isEmpty()) {
            return letters.write(request, out);
        }
        // The invoices follow the letter as images so that the whole stays PDF/A (see InvoiceAppendix).
        ByteArrayOutputStream letter = new ByteArrayOutputStream();
        letters.write(request, letter);
        List<byte[]> invoices = new ArrayList<>();
        for (Path invoice : d.appendedInvoices()) {
            invoices.add(Files.readAllBytes(invoice));
        }
        RenderedPdf whole = InvoiceAppendix.append(letter.toByteArray(), invoices);
        out.write(whole.pdf());
        return whole.pages();
    }

    private static PaymentPlan plan(LetterDraft d) {
        LetterRequest.PlanTerms terms = d.plan();
        if (terms == null) {
            return null;
        }
        return new PaymentPlan(0, d.date(), terms.instalments().stream()
                .map(i -> new Instalment(i.dueDate(), i.amount())).toList(), terms.security(), false, List.of(),
                terms.accelerationGraceDays());
    }

    /** The statement renderer over {@code render.StatementDocument}. */
    static org.bordereau.letters.StatementRenderer statements(org.bordereau.render.StatementDocument document) {
        return (tenant, language, file, statement, issueDate, documentId, developmentSeal, out) ->
                document.write(new org.bordereau.render.StatementDocument.Request(tenant, Language.of(language, "lang"),
                        file, statement, issueDate, documentId, file.chainHead(), developmentSeal), out);
    }
}
