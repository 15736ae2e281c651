package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.testing.CaseFiles.TENANT;

import java.nio.file.Path;
import java.util.List;
import org.bordereau.cases.Case;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.PaymentPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: every payment plan letter printed "eight days after a formal notice", whatever the
 * plan recorded, while the follow-up enforces the plan's own clause (or none). The letter the debtor
 * signs now says what the case will do.
 */
class PlanClauseTest {
    @TempDir
    Path dir;

    private String text(LetterFiles files, Language language, Integer graceDays) {
        Case file = files.file("FR");
        PaymentPlan recorded = LetterFiles.plan(file);
        PaymentPlan plan = new PaymentPlan(0, recorded.date(), recorded.instalments(), null, false, List.of(), graceDays);
        RenderedPdf letter = Renderers.LETTERS.render(new LetterRequest(TENANT, LetterKind.ECHEANCIER, language, file,
                files.statement(file), 15, plan, LetterFiles.ISSUED, LetterFiles.LETTER_ID, LetterFiles.CHAIN_HEAD,
                true));
        return PdfChecks.text(letter.pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void theAccelerationClauseIsThePlansOwnOrNone() {
        LetterFiles files = new LetterFiles(dir);

        assertThat(text(files, Language.FR, 15)).contains("dans les 15 jours suivant sa date",
                "sans qu'une mise en demeure soit nécessaire").doesNotContain("huit jours");
        assertThat(text(files, Language.FR, 0)).contains("d'une seule échéance à sa date");
        assertThat(text(files, Language.FR, null)).contains("ne comporte pas de clause de déchéance du terme")
                .doesNotContain("immédiatement exigible");
        assertThat(text(files, Language.EN, 15)).contains("within 15 days after its due date")
                .doesNotContain("eight days");
        assertThat(text(files, Language.EN, null)).contains("This schedule has no acceleration clause");
    }
}
