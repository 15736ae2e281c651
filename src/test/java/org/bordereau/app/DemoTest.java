package org.bordereau.app;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bordereau.testing.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} walks the bundled case through the API and writes what a lawyer would receive: a
 * signed formal notice and a signed dossier that independent validators accept, with the notice
 * filed in the dossier among the reminders and formal notices.
 */
class DemoTest {
    @TempDir
    Path dir;

    @Test
    void writesASignedLetterAndDossierThatValidatorsAccept() throws Exception {
        Path out = dir.resolve("out");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"demo", "--out", out.toString()},
                Map.of("BORDEREAU_DATA", dir.resolve("data").toString(), "BORDEREAU_TMP", dir.resolve("tmp").toString()),
                new PrintStream(said, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).as(said.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("readyForAmicable=true", "letter MISE_EN_DEMEURE", "dossier:");
        Path letter = out.resolve("letter-MISE_EN_DEMEURE-fr.pdf");
        Path dossier = out.resolve("dossier.pdf");
        assertThat(out.resolve("completeness.json")).isNotEmptyFile();
        assertThat(out.resolve("statement.json")).isNotEmptyFile();
        for (Path pdf : new Path[] {letter, dossier}) {
            assertThat(Validators.pdfA3bFailures(pdf)).as(pdf.getFileName().toString()).isEmpty();
            Reports reports = Validators.dss(pdf);
            String id = reports.getSimpleReport().getFirstSignatureId();
            assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
            assertThat(reports.getDiagnosticData().getSignatureById(id).isSignatureIntact()).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(dossier.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bordereau de communication de pièces", "Facture FA-2025-017",
                    "Mise en demeure (émise par Bordereau)", "Riad Construction SARL");
        }
        assertThat(Files.size(dossier)).isGreaterThan(Files.size(letter));
    }
}
