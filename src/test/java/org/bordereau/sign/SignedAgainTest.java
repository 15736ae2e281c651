package org.bordereau.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found in review: what a later signature or many signature fields did to the verdict. */
class SignedAgainTest {
    @TempDir
    Path dir;

    @Test
    void aSealedLetterChangedThenSignedAgainIsNotValid() throws Exception {
        TestPki pki = new TestPki();
        Path sealed = seal(TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1), pki.seal("Acme SAS").seal(), "sealed.pdf");
        Path altered = updated(sealed, "altered.pdf", d -> {
            PDPage page = d.getPage(0);
            try (PDPageContentStream c = new PDPageContentStream(d, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                c.newLineAtOffset(72, 760);
                c.showText("Montant du : 99 000,00 EUR");
                c.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            d.getPages().getCOSObject().setNeedToBeUpdated(true);
        });
        Path resigned = seal(altered, pki.seal("Acme SAS (copy)").seal(), "resigned.pdf");

        VerificationReport report = new Verifier(dir).verify(resigned);

        assertThat(report.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(report.findings()).contains(Finding.CHANGED_AFTER_EARLIER_SIGNATURE);
        assertThat(report.signatures()).hasSize(2).allMatch(SignatureReport::intact);
        assertThat(new Verifier(dir).verify(sealed).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void fieldsSharingOneSignatureAreCheckedOnce() throws Exception {
        TestPki pki = new TestPki();
        Path sealed = seal(TestPdfs.pdfA3b(dir.resolve("letter.pdf"), 1), pki.seal("Acme SAS").seal(), "sealed.pdf");
        Path many = updated(sealed, "many.pdf", d -> {
            PDAcroForm form = d.getDocumentCatalog().getAcroForm();
            PDSignatureField first = (PDSignatureField) form.getFields().get(0);
            COSArray fields = form.getCOSObject().getCOSArray(COSName.FIELDS);
            for (int i = 0; i < 500; i++) {
                COSDictionary field = new COSDictionary();
                field.setItem(COSName.FT, COSName.SIG);
                field.setString(COSName.T, "x" + i);
                field.setItem(COSName.V, first.getCOSObject().getDictionaryObject(COSName.V));
                field.setDirect(true);
                fields.add(field);
            }
            fields.setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
            d.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });

        VerificationReport report = new Verifier(dir).verify(many);

        assertThat(report.signatures()).hasSize(1);
        assertThat(report.verdict()).isEqualTo(Verdict.ALTERED); // bytes were added after the seal
    }

    /** A change to a sealed file, made as an incremental update (what a forger or a co-signer appends). */
    @FunctionalInterface
    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private Path updated(Path sealed, String name, Change change) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument d = Loader.loadPDF(sealed.toFile()); OutputStream o = Files.newOutputStream(out)) {
            change.apply(d);
            d.saveIncremental(o);
        }
        return out;
    }

    private Path seal(Path in, Seal seal, String name) throws Exception {
        Path out = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(out)) {
            new PadesSigner(Clock.systemUTC(), dir).sign(in, o, SealRequest.of(seal));
        }
        return out;
    }
}
