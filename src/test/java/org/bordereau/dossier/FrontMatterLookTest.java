package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.testing.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterLookTest {
    @TempDir
    Path dir;

    @Test
    void writesSamples() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("samples", "/tmp/fm-samples")));
        FrontMatterCases cases = new FrontMatterCases(dir);
        var ma = cases.moroccan(CaseFiles.moroccanDebtor());
        for (String lang : System.getProperty("langs", "fr").split(",")) {
            DossierResult r = cases.build(lang.equals("en") ? cases.french() : ma, lang, DossierOptions.defaults(), lang);
            Files.copy(r.volumes().get(0).pdf(), out.resolve("dossier-" + lang + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(r.pdfa()).isTrue();
        }
    }
}
