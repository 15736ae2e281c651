package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.LetterKind;
import org.bordereau.cases.Party;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine under concurrent use, and what it refuses rather than print something false. */
class RenderEngineTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyListDoesNotBreakTheTableItWouldFill() {
        String fo = "<fo:table><fo:table-body start-indent=\"0\">\n  </fo:table-body></fo:table>";
        assertThat(FoRenderer.withoutEmptyTableBodies(fo)).contains("<fo:table-body start-indent=\"0\"><fo:table-row>")
                .doesNotContain("\n  </fo:table-body>");
    }

    @Test
    void oneEngineRendersLettersInSeveralThreadsAtOnce() throws Exception {
        LetterFiles files = new LetterFiles(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedPdf>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Language language = Language.values()[i % 3];
                LetterKind kind = LetterKind.values()[i % 4];
                org.bordereau.cases.Case file = i % 2 == 0 ? files.french : files.moroccan;
                futures.add(pool.submit(() -> Renderers.LETTERS.render(files.request(kind, language, file))));
            }
            for (Future<RenderedPdf> future : futures) {
                RenderedPdf pdf = future.get();
                assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameNoBundledFontCanDrawFailsTheRenderInsteadOfPrintingHashes() {
        Party debtor = new Party("株式会社 Tokyo Trading", null, "002136093000040", null, null, null, null, "Tokyo", null, null);
        LetterFiles files = new LetterFiles(dir, debtor);

        assertThatThrownBy(() -> Renderers.LETTERS.render(files.request(LetterKind.RELANCE, Language.FR, files.moroccan)))
                .isInstanceOf(RenderException.class).hasMessageContaining("embedded font");
    }

    @Test
    void noLetterClaimsMoneyWhenNothingIsDueAndAPlanNeedsInstalments() {
        CaseFiles cases = new CaseFiles(dir, java.time.Instant.parse("2025-07-01T10:00:00Z"));
        var empty = cases.moroccanCase("EMPTY-1");
        LetterRequest request = new LetterRequest(null, LetterKind.ECHEANCIER, Language.EN, empty,
                cases.statements.of(empty, LetterFiles.ISSUED), 0, null, LetterFiles.ISSUED, "L1", "00", false);

        assertThatThrownBy(() -> Renderers.LETTERS.render(request)).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("deadlineDays", "kind",
                        "plan"));
    }
}
