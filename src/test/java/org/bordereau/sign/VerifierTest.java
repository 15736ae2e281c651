package org.bordereau.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification answers every file with a verdict: valid, altered, not signed, not a PDF — never a crash. */
class VerifierTest {
    private static TestPki pki;
    private static TestTsa tsa;
    private static Path shared;
    private static byte[] sealedT;
    private static SealResult sealedTResult;

    @TempDir
    Path dir;

    @BeforeAll
    static void sealOnce(@TempDir Path tmp) throws Exception {
        pki = new TestPki();
        tsa = new TestTsa(pki);
        shared = tmp;
        PadesSigner signer = new PadesSigner(Optional.of(new TimestampClient(tsa.url(), Duration.ofSeconds(10))),
                OnTimestampFailure.FAIL, Clock.systemUTC(), tmp);
        Path input = TestPdfs.pdfA3b(tmp.resolve("letter.pdf"), 1);
        Path output = tmp.resolve("sealed-t.pdf");
        try (OutputStream out = Files.newOutputStream(output)) {
            sealedTResult = signer.sign(input, out, new SealRequest(pki.seal("Acme SAS").seal(), "Relance", null, null));
        }
        sealedT = Files.readAllBytes(output);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    private VerificationReport verify(byte[] bytes) {
        return new Verifier(dir).verify(new ByteArrayInputStream(bytes));
    }

    @Test
    void aSealedLetterIsValidWithItsSignerTimesAndHash() {
        VerificationReport report = verify(sealedT);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.sha256()).isEqualTo(HexFormat.of().formatHex(Digests.sha256().digest(sealedT)));
        assertThat(report.size()).isEqualTo(sealedT.length);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
            assertThat(s.level()).isEqualTo(PadesLevel.B_T);
            assertThat(s.signer()).startsWith("CN=Acme SAS,O=Tests");
            assertThat(s.signerCertificateSha256()).isEqualTo(sealedTResult.certificateSha256());
            assertThat(s.signingTime()).isEqualTo(sealedTResult.signingTime());
            assertThat(s.timestamp().valid()).isTrue();
            assertThat(s.timestamp().time()).isEqualTo(sealedTResult.timestampTime());
            assertThat(s.timestamp().authority()).contains("CN=Bordereau Test TSA");
            assertThat(s.development()).isFalse();
            assertThat(s.selfSigned()).isFalse();
            assertThat(s.reason()).isEqualTo("Relance");
            assertThat(s.findings()).isEmpty();
        });
    }

    /**
     * Every byte is either signed, part of the CMS whose structure is checked, or padding that must be
     * zero. The exception: certificates in the CMS that nothing signs (the issuing CA's, inside the
     * signature and the timestamp token) — a changed byte in a name there cannot be told from a
     * certificate issued by someone else. Those files are caught by the SHA-256 comparison instead.
     */
    @Test
    void oneFlippedByteAnywhereIsAlteredOrUnreadableNeverValid() throws Exception {
        String text = new String(sealedT, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <") + "/Contents <".length();
        int end = text.indexOf('>', contents);
        byte[] der = HexFormat.of().parseHex(text.substring(contents, end));
        int derHexEnd = contents + 2 * SignedRange.derLength(der);
        List<int[]> unsignedCertificates = unsignedCertificateSpans(der, contents);
        int byteRange = text.lastIndexOf("/ByteRange [");

        Map<Integer, String> offsets = new TreeMap<>();
        for (int i = 0; i < 9; i++) {
            offsets.put(i, "header");
        }
        for (int i = 0; i < sealedT.length; i += 211) {
            offsets.put(i, "everywhere");
        }
        for (int i = contents; i < derHexEnd; i += 9) {
            offsets.put(i, "CMS");
        }
        for (int i = derHexEnd; i < end; i += 501) {
            offsets.put(i, "padding");
        }
        for (int i = byteRange; i < byteRange + 40; i++) {
            offsets.put(i, "byte range");
        }
        for (int i = sealedT.length - 40; i < sealedT.length; i++) {
            offsets.put(i, "trailer");
        }
        String original = HexFormat.of().formatHex(Digests.sha256().digest(sealedT));
        List<String> accepted = new ArrayList<>();
        int residual = 0;
        for (Map.Entry<Integer, String> offset : offsets.entrySet()) {
            // in /Contents a high bit only makes a non-hex character; a low bit changes the CMS
            int[] masks = offset.getKey() >= contents && offset.getKey() < end ? new int[] {0x01} : new int[] {0x01, 0x80};
            for (int mask : masks) {
                byte[] flipped = sealedT.clone();
                flipped[offset.getKey()] ^= (byte) mask;
                VerificationReport report = verify(flipped);
                assertThat(report.sha256()).as("no issued document matches").isNotEqualTo(original);
                if (report.verdict() == Verdict.ALTERED || report.verdict() == Verdict.NOT_A_PDF) {
                    continue;
                }
                int at = offset.getKey();
                if (unsignedCertificates.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                    residual++;
                } else {
                    accepted.add(offset.getValue() + " @" + at + " ^" + mask + " -> " + report.verdict());
                }
            }
        }
        assertThat(offsets).hasSizeGreaterThan(600);
        assertThat(accepted).isEmpty();
        assertThat(residual).as("flips only an unsigned CA certificate could hide").isLessThan(offsets.size() / 20);
    }

    /** Hex spans in the file of the certificates neither the signature nor the timestamp binds. */
    private static List<int[]> unsignedCertificateSpans(byte[] der, int contentsOffset) throws Exception {
        org.bouncycastle.cms.CMSSignedData cms = new org.bouncycastle.cms.CMSSignedData(
                java.util.Arrays.copyOf(der, SignedRange.derLength(der)));
        var signer = cms.getSignerInfos().getSigners().iterator().next();
        var token = new org.bouncycastle.tsp.TimeStampToken(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                signer.getUnsignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers
                        .id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)));
        List<int[]> spans = new ArrayList<>();
        List<org.bouncycastle.cert.X509CertificateHolder> unbound = new ArrayList<>();
        for (Object c : cms.getCertificates().getMatches(null)) {
            if (!signer.getSID().match(c)) {
                unbound.add((org.bouncycastle.cert.X509CertificateHolder) c);
            }
        }
        for (Object c : token.getCertificates().getMatches(null)) {
            if (!token.getSID().match(c)) {
                unbound.add((org.bouncycastle.cert.X509CertificateHolder) c);
            }
        }
        String hex = HexFormat.of().formatHex(der);
        for (var certificate : new java.util.LinkedHashSet<>(unbound)) {
            String needle = HexFormat.of().formatHex(certificate.getEncoded());
            for (int at = hex.indexOf(needle); at >= 0; at = hex.indexOf(needle, at + 1)) {
                spans.add(new int[] {contentsOffset + at, contentsOffset + at + needle.length()});
            }
        }
        assertThat(spans).hasSize(2); // the CA certificate, once in the signature, once in the token
        return spans;
    }

    @Test
    void truncatedFilesAreNeverValid() {
        int signatureDictionary = new String(sealedT, StandardCharsets.ISO_8859_1).lastIndexOf("/ByteRange");
        for (int length : new int[] {sealedT.length - 1, sealedT.length - 200, signatureDictionary + 20, 10}) {
            byte[] truncated = java.util.Arrays.copyOf(sealedT, length);
            assertThat(verify(truncated).verdict()).as("cut at %d", length).isIn(Verdict.ALTERED, Verdict.NOT_A_PDF);
        }
        // cut before the signature was appended: what is left is the unsigned original, and says so
        assertThat(verify(java.util.Arrays.copyOf(sealedT, sealedT.length / 3)).verdict())
                .isIn(Verdict.NOT_SIGNED, Verdict.NOT_A_PDF);
    }

    @Test
    void garbageInContentsIsAlteredNotACrash() {
        String text = new String(sealedT, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <") + "/Contents <".length();
        int end = text.indexOf('>', contents);
        byte[] random = sealedT.clone();
        Random noise = new Random(42);
        for (int i = contents; i < end; i++) {
            random[i] = (byte) "0123456789abcdef".charAt(noise.nextInt(16));
        }
        byte[] zeros = sealedT.clone();
        java.util.Arrays.fill(zeros, contents, end, (byte) '0');
        byte[] notHex = sealedT.clone();
        java.util.Arrays.fill(notHex, contents, contents + 10, (byte) 'z');

        assertThat(verify(random).verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(verify(zeros).verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(verify(notHex).signatures()).singleElement()
                .satisfies(s -> assertThat(s.findings()).containsExactly(Finding.CONTENTS_NOT_HEX));
    }

    @Test
    void bytesAddedAfterSigningAreReportedAsNotCoveringTheDocument() throws Exception {
        Path sealed = Files.write(dir.resolve("sealed.pdf"), sealedT);
        Path updated = dir.resolve("updated.pdf");
        try (PDDocument document = Loader.loadPDF(sealed.toFile()); OutputStream out = Files.newOutputStream(updated)) {
            document.getDocumentInformation().setTitle("changed later");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }

        VerificationReport report = new Verifier(dir).verify(updated);

        assertThat(report.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(report.findings()).containsExactly(Finding.NOT_WHOLE_DOCUMENT);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).as("what was signed is unchanged").isTrue();
            assertThat(s.coversWholeDocument()).isFalse();
        });
    }

    @Test
    void filesThatAreNotSignedPdfsSaySo() throws Exception {
        Path unsigned = TestPdfs.pdfA3b(dir.resolve("plain.pdf"), 1);

        assertThat(new Verifier(dir).verify(unsigned).verdict()).isEqualTo(Verdict.NOT_SIGNED);
        assertThat(verify(new byte[0]).verdict()).isEqualTo(Verdict.NOT_A_PDF);
        assertThat(verify("hello, world".getBytes(StandardCharsets.UTF_8)).verdict()).isEqualTo(Verdict.NOT_A_PDF);
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        assertThat(verify(noise).verdict()).isEqualTo(Verdict.NOT_A_PDF);
        assertThat(verify("%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII)).verdict())
                .isIn(Verdict.NOT_A_PDF, Verdict.NOT_SIGNED);
    }

    @Test
    void aBaselineBSealWithTheDevelopmentKeyIsValidAndFlagged() throws Exception {
        Seal development = Seal.fromPkcs12(DevelopmentSeal.generate("Bordereau", "pw".toCharArray(), Clock.systemUTC()),
                "pw".toCharArray(), "dev");
        Path output = dir.resolve("dev.pdf");
        try (OutputStream out = Files.newOutputStream(output)) {
            new PadesSigner(Clock.systemUTC(), dir).sign(shared.resolve("letter.pdf"), out, SealRequest.of(development));
        }

        VerificationReport report = new Verifier(dir).verify(output);

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(PadesLevel.B_B);
            assertThat(s.timestamp()).isNull();
            assertThat(s.development()).isTrue();
            assertThat(s.selfSigned()).isTrue();
        });
    }
}
