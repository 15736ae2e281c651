package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterRenderingTest {
    @TempDir
    Path dir;

    @Test
    void frenchFormalNotice() throws Exception {
        LetterFiles cases = new LetterFiles(dir);
        Letters letters = new Letters(new FoRenderer(new Templates(null)));
        for (String j : new String[] {"FR", "MA"}) {
            RenderedPdf pdf = letters.render(cases.request(LetterKind.MISE_EN_DEMEURE, Language.FR, cases.file(j)));
            Path out = Path.of(System.getProperty("render.out", "target-render/letters"));
            Files.createDirectories(out);
            Files.write(out.resolve("mise_en_demeure-fr-" + j + ".pdf"), pdf.pdf());
            System.out.println(PdfChecks.text(pdf.pdf()));
            assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).isEmpty();
        }
    }
}
