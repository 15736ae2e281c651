package org.bordereau.sign;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PAdES signature made by another producer (EU DSS, zero-padded /Contents) verifies too. */
class ThirdPartySignatureTest {
    @TempDir
    Path dir;

    @Test
    void aDssSignatureIsValidBaselineB() throws Exception {
        TestPki pki = new TestPki();
        TestPki.Issued signer = pki.seal("Other Producer");
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
        parameters.setCertificateChain(List.of(new CertificateToken(pki.ca())));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        DSSDocument input = new FileDocument(TestPdfs.pdfA3b(dir.resolve("in.pdf"), 1).toFile());
        ToBeSigned toBeSigned = service.getDataToSign(input, parameters);
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(signer.key());
        ecdsa.update(toBeSigned.getBytes());
        DSSDocument signed = service.signDocument(input, parameters,
                new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, ecdsa.sign()));
        Path output = dir.resolve("dss.pdf");
        signed.save(output.toString());

        VerificationReport report = new Verifier(dir).verify(output);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(PadesLevel.B_B);
            assertThat(s.signer()).contains("CN=Other Producer");
            assertThat(s.signingTime()).isNotNull();
        });
    }
}
