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
    void scratch() throws Exception {
        LetterFiles cases = new LetterFiles(dir);
        Letters letters = new Letters(new FoRenderer(new Templates(null)));
        Path out = Path.of("target-render/letters");
        Files.createDirectories(out);
        for (String lang : System.getProperty("langs", "fr").split(",")) {
            for (LetterKind kind : LetterKind.values()) {
                for (String j : new String[] {"FR", "MA"}) {
                    RenderedPdf pdf = letters.render(cases.request(kind, Language.of(lang, "l"), cases.file(j)));
                    Files.write(out.resolve(kind.template() + "-" + lang + "-" + j + ".pdf"), pdf.pdf());
                    assertThat(PdfChecks.pdfA3bFailures(pdf.pdf())).as(kind + " " + lang + " " + j).isEmpty();
                }
            }
        }
    }
}
