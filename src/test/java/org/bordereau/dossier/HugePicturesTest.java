package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bordereau.cases.DocumentKind;
import org.bordereau.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG of a few kilobytes may declare 16 000 × 16 000 pixels: flattened to RGB for its page that was
 * a gigabyte of heap (found in review). It is now shown subsampled, and one that declares more than
 * {@link Pixels#REFUSED} is a placeholder; the original is attached either way.
 */
class HugePicturesTest {
    @TempDir
    Path dir;

    @Test
    void aPictureLargerThanAPageNeedsIsShownSubsampledAndOneAbsurdlyLargeIsAPlaceholder() throws Exception {
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        files.add(DocumentKind.DELIVERY_PROOF, Pictures.blankPng(dir.resolve("in").resolve("scan-geant.png"), 16_000, 16_000),
                "image/png");
        files.add(DocumentKind.DELIVERY_PROOF, Pictures.blankPng(dir.resolve("in").resolve("bombe.png"), 30_000, 30_000),
                "image/png");

        DossierResult result = new DossierBuilder(new TestFrontMatter(), Sealer.none(), ConverterSettings.builtInOnly(),
                Clock.systemUTC()).build(new DossierRequest("ACME-PIXELS", "fr", files.exhibits, null, "00".repeat(32),
                null), dir.resolve("out"));

        String manifest = new String(result.manifest(), StandardCharsets.UTF_8);
        assertThat(manifest).contains("16000 × 16000 pixels) is shown at one pixel in 3 each way");
        assertThat(result.plan().exhibits()).allSatisfy(e -> assertThat(e.pageCount()).isEqualTo(1));
        assertThat(manifest).contains("Filed as a placeholder page: UNREADABLE");
    }
}
