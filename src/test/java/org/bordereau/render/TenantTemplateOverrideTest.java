package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.cases.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tenant's templates ({@code BORDEREAU_TEMPLATES/{tenant}/{lang}/}) replace the bundled ones for that tenant only. */
class TenantTemplateOverrideTest {
    @TempDir
    Path dir;

    @Test
    void anOverriddenLibraryChangesEveryLetterOfThatTenantAndOnlyThatTenant() throws IOException {
        Path overrides = Files.createDirectories(dir.resolve("templates/acme/fr"));
        String lib = new String(TenantTemplateOverrideTest.class.getResourceAsStream("/templates/fr/lib.ftl")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                        "Veuillez agréer nos salutations — Cabinet Atlas Recouvrement.");
        Files.writeString(overrides.resolve("lib.ftl"), lib);
        Letters letters = new Letters(new FoRenderer(new Templates(dir.resolve("templates"))));
        LetterFiles files = new LetterFiles(dir.resolve("data"));
        LetterRequest acme = files.request(LetterKind.RELANCE, Language.FR, files.french);
        LetterRequest other = new LetterRequest("globex", acme.kind(), acme.language(), acme.file(), acme.statement(),
                acme.deadlineDays(), null, acme.issueDate(), acme.letterId(), acme.chainHead(), false);

        String acmeText = PdfChecks.text(letters.render(acme).pdf());
        String otherText = PdfChecks.text(letters.render(other).pdf());

        assertThat(acmeText).contains("Cabinet Atlas Recouvrement").doesNotContain("salutations distinguées");
        assertThat(otherText).contains("salutations distinguées").doesNotContain("Cabinet Atlas Recouvrement");
    }

    @Test
    void aWholeLetterCanBeReplacedAndTheEnglishOneIsUntouched() throws IOException {
        Path overrides = Files.createDirectories(dir.resolve("templates/acme/fr"));
        Files.writeString(overrides.resolve("relance.ftl"), """
                <#import "lib.ftl" as l>
                <@l.letter title="Relance maison" subject="Petit rappel amical">
                <@l.p>Bonjour, il reste ${totals.outstanding} à régler avant le ${deadline}.</@l.p>
                </@l.letter>
                """);
        Letters letters = new Letters(new FoRenderer(new Templates(dir.resolve("templates"))));
        LetterFiles files = new LetterFiles(dir.resolve("data"));

        String french = PdfChecks.text(letters.render(files.request(LetterKind.RELANCE, Language.FR, files.french)).pdf());
        String english = PdfChecks.text(letters.render(files.request(LetterKind.RELANCE, Language.EN, files.french)).pdf());

        assertThat(french.replace('\u00a0', ' ')).contains("Petit rappel amical", "il reste 10 196,56 € à régler");
        assertThat(english).contains("Reminder — overdue invoices");
    }
}
