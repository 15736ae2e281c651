package org.bordereau.sign;

import org.bordereau.testing.Validators;
import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed PDF/A-3b letters are PAdES baseline B (or T) for EU DSS and still PDF/A-3b for veraPDF. */
class PadesSignatureTest {
    private static TestPki pki;
    private static TestTsa tsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void authority() throws Exception {
        pki = new TestPki();
        tsa = new TestTsa(pki);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    private Path seal(PadesSigner signer, SealRequest request, Path input) throws Exception {
        Path output = dir.resolve("sealed-" + Files.list(dir).count() + ".pdf");
        try (OutputStream out = Files.newOutputStream(output)) {
            signer.sign(input, out, request);
        }
        return output;
    }

    @Test
    void aSealedPdfA3bIsPadesBaselineBForDssAndStaysPdfA3b() throws Exception {
        Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        assertThat(Validators.pdfA3bFailures(input)).as("the test's own input").isEmpty();
        Seal seal = pki.seal("Acme SAS").seal();

        Path sealed = seal(new PadesSigner(Clock.systemUTC(), dir),
                new SealRequest(seal, "Mise en demeure", "Paris", null), input);

        Reports reports = Validators.dss(sealed);
        String id = reports.getSimpleReport().getFirstSignatureId();
        assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        assertThat(signature.getSigningCertificate().getCommonName()).isEqualTo("Acme SAS");
        assertThat(Validators.pdfA3bFailures(sealed)).isEmpty();
        try (PDDocument document = Loader.loadPDF(sealed.toFile())) {
            PDSignature dictionary = document.getLastSignatureDictionary();
            assertThat(dictionary.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(dictionary.getByteRange()[2] + dictionary.getByteRange()[3]).isEqualTo((int) Files.size(sealed));
            assertThat(dictionary.getReason()).isEqualTo("Mise en demeure");
        }
    }

    @Test
    void withATimestampAuthorityTheSealIsBaselineT() throws Exception {
        Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        PadesSigner signer = new PadesSigner(Optional.of(new TimestampClient(tsa.url(), Duration.ofSeconds(10))),
                OnTimestampFailure.FAIL, Clock.systemUTC(), dir);
        Path output = dir.resolve("t.pdf");
        SealResult result;
        try (OutputStream out = Files.newOutputStream(output)) {
            result = signer.sign(input, out, SealRequest.of(pki.rsaSeal("Beta SARL").seal()));
        }

        assertThat(result.level()).isEqualTo(PadesLevel.B_T);
        assertThat(result.timestampAuthority()).contains("CN=Bordereau Test TSA");
        assertThat(result.timestampTime()).isNotNull();
        assertThat(result.downgraded()).isFalse();
        Reports reports = Validators.dss(output);
        String id = reports.getSimpleReport().getFirstSignatureId();
        assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.getTimestampList()).hasSize(1)
                .allSatisfy(t -> assertThat(t.isMessageImprintDataIntact()).isTrue());
        assertThat(Validators.pdfA3bFailures(output)).isEmpty();
    }

    @Test
    void theDevelopmentSealSaysSoInItsCertificate() throws Exception {
        Seal development = Seal.fromPkcs12(DevelopmentSeal.generate("Bordereau", "pw".toCharArray(), Clock.systemUTC()),
                "pw".toCharArray(), "dev");
        assertThat(development.isDevelopment()).isTrue();
        assertThat(pki.seal("Acme SAS").seal().isDevelopment()).isFalse();

        Path input = TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1);
        Path output = dir.resolve("dev.pdf");
        SealResult result;
        try (OutputStream out = Files.newOutputStream(output)) {
            result = new PadesSigner(Clock.systemUTC(), dir).sign(input, out, SealRequest.of(development));
        }
        assertThat(result.development()).isTrue();
        assertThat(result.signer()).contains(DevelopmentSeal.MARKER);
        Reports reports = Validators.dss(output);
        String id = reports.getSimpleReport().getFirstSignatureId();
        assertThat(reports.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(reports.getDiagnosticData().getSignatureById(id).getSigningCertificate().getOrganizationalUnit())
                .isEqualTo(DevelopmentSeal.MARKER);
    }
}
