package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FilenamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"facture.pdf", "Facture n° 17 — été 2025.PDF", "فاتورة رقم 17.pdf", "devis (2).docx",
            "a..b.pdf", "...pdf", "relevé:mars.xlsx", "\u0641\u200c\u0627.pdf", "noextension"})
    void ordinaryNamesInAnyScriptAreKeptAsGiven(String name) {
        assertThat(Filenames.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void noNameIsAllowed(String name) {
        assertThat(Filenames.check(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.pdf", "..", ".", "a/b.pdf", "/etc/passwd", "..\\x.pdf", "C:\\temp\\x.pdf",
            "a\u0000b.pdf", "a\rb.pdf", "a\nContent-Type: text/html", "a\u007fb.pdf", "a\u0085b.pdf",
            "invoice\u202Efdp.exe", "a\u2066b\u2069.pdf", "a\u2028b.pdf", "\ufeffa.pdf", "a\ud800b.pdf"})
    void pathsControlsAndBidiOverridesAreRefusedNamingTheRule(String name) {
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class,
                () -> Filenames.check(name));

        assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.BAD_FILENAME);
        assertThat(e.detail()).startsWith("The file name ");
        if (name.length() > 2) {
            assertThat(e.detail()).as("the name itself is not echoed").doesNotContain(name);
        }
    }

    @Test
    void namesLongerThan255CharactersAreRefused() {
        String longest = "é".repeat(251) + ".pdf";

        assertThat(Filenames.check(longest)).isEqualTo(longest);
        assertThat(catchThrowableOfType(DocumentRejectedException.class, () -> Filenames.check("a" + longest))
                .detail()).contains("longer than 255");
    }

    @Test
    void namesFoundInsideFilesAreCleanedNotRefused() {
        assertThat(Filenames.cleanEmbedded("C:\\Users\\compta\\facture.pdf")).isEqualTo("facture.pdf");
        assertThat(Filenames.cleanEmbedded("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.cleanEmbedded("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(Filenames.cleanEmbedded("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(Filenames.cleanEmbedded("x/..")).isNull();
        assertThat(Filenames.cleanEmbedded("   ")).isNull();
        assertThat(Filenames.cleanEmbedded("😀".repeat(200))).hasSizeLessThanOrEqualTo(255)
                .doesNotEndWith("\ud83d");
    }
}
