package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordereau.cases.Case;
import org.bordereau.cases.LetterKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of letter, in every language, for a Moroccan and a French case (24 letters): a valid
 * PDF/A-3b for veraPDF, every font embedded, and — re-read with PDFBox — the figures, invoices,
 * deadline and parties a debtor must read. (FOP's Arabic text extracts in visual order, so the Arabic
 * letters are checked for compliance and fonts only; their layout was reviewed as images.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettersArePdfA3bTest {
    LetterFiles files;

    /** What each letter must show, per jurisdiction and language. */
    private static final Map<String, List<String>> MUST_SHOW = Map.of(
            "FR/fr", List.of("Beta SARL", "Acme SAS", "F-2025-101", "F-2025-115", "10 591,09 €", "Claire Martin"),
            "FR/en", List.of("Beta SARL", "Acme SAS", "F-2025-101", "F-2025-115", "EUR 10,591.09", "Claire Martin"),
            "MA/fr", List.of("Souss Négoce SA", "Atlas Distribution SARL", "F-2025-017", "F-2025-031", "53 951,08 MAD"),
            "MA/en", List.of("Souss Négoce SA", "Atlas Distribution SARL", "F-2025-017", "F-2025-031", "MAD 53,951.08"));

    @BeforeAll
    void recordCases(@TempDir Path dir) {
        files = new LetterFiles(dir);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("org.bordereau.render.LetterFiles#letters")
    void theLetterIsAValidPdfA3bWithEverythingTheDebtorMustRead(LetterKind kind, Language language,
            String jurisdiction) {
        Case file = files.file(jurisdiction);
        RenderedPdf letter = Renderers.LETTERS.render(files.request(kind, language, file));

        assertThat(PdfChecks.pdfA3bFailures(letter.pdf())).isEmpty();
        assertThat(PdfChecks.fontsNotEmbedded(letter.pdf())).isEmpty();
        assertThat(letter.pages()).isPositive().isEqualTo(PdfChecks.pages(letter.pdf()));
        if (language == Language.AR) {
            assertThat(PdfChecks.fonts(letter.pdf())).allMatch(name -> name.contains("Amiri") || name.contains("DejaVu"));
            return;
        }
        String text = PdfChecks.text(letter.pdf());
        List<String> expected = new ArrayList<>(MUST_SHOW.get(jurisdiction + "/" + language.code()));
        expected.add(LetterFiles.LETTER_ID);
        expected.add(LetterFiles.CHAIN_HEAD);
        expected.add(kind == LetterKind.ECHEANCIER ? deadline(language, "30 septembre 2025", "30 September 2025")
                : deadline(language, "15 juillet 2025", "15 July 2025"));
        assertThat(text.replaceAll("\\s+", " ")).contains(expected);
    }

    private static String deadline(Language language, String fr, String en) {
        return language == Language.FR ? fr : en;
    }
}
