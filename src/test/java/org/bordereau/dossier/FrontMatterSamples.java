package org.bordereau.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.testing.CaseFiles;

/** Writes the FOP front matter dossiers (MA fr, MA ar, FR en) to a folder to look at them (first argument). */
final class FrontMatterSamples {
    private FrontMatterSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/frontmatter-samples"));
        FrontMatterCases cases = new FrontMatterCases(Files.createTempDirectory("front-samples"));
        var ma = cases.moroccan(CaseFiles.moroccanDebtor());
        for (String lang : new String[] {"fr", "ar"}) {
            DossierResult r = cases.build(ma, lang, DossierOptions.defaults(), "ma-" + lang);
            Files.copy(r.volumes().get(0).pdf(), out.resolve("dossier-MA-" + lang + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        DossierResult r = cases.build(cases.french(), "en", DossierOptions.defaults(), "fr-en");
        Files.copy(r.volumes().get(0).pdf(), out.resolve("dossier-FR-en.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
