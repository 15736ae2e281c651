package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Verifies the signatures of a PDF — ours or anyone's — and never throws on bad input: not a PDF,
 * truncated, unsigned, garbage in /Contents, one byte changed anywhere each give a verdict.
 * Integrity only: whether the signer is trusted is for the reader (development seals and
 * self-signed certificates are flagged). Thread-safe.
 */
public final class Verifier {
    private static final int MEMORY_BEFORE_SCRATCH_FILE = 1 << 20;
    /** Each signature costs a pass over the file: a few thousand fields made one upload take minutes. */
    static final int MAX_SIGNATURES = 50;

    private final Path tempDir;

    public Verifier(Path tempDir) {
        this.tempDir = tempDir;
    }

    /** Spools the stream to a temporary file (deleted afterwards); the caller limits its size. */
    public VerificationReport verify(InputStream pdf) {
        Path spooled = null;
        try {
            Files.createDirectories(tempDir);
            spooled = Files.createTempFile(tempDir, "verify-", ".pdf");
            Files.copy(pdf, spooled, StandardCopyOption.REPLACE_EXISTING);
            return verify(spooled);
        } catch (IOException e) {
            throw new UncheckedIOException("spooling the PDF to verify failed", e);
        } finally {
            if (spooled != null) {
                spooled.toFile().delete();
            }
        }
    }

    public VerificationReport verify(Path file) {
        String sha256;
        long size;
        try {
            sha256 = Digests.sha256Hex(file);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<SignatureReport> signatures = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(MEMORY_BEFORE_SCRATCH_FILE).setTempDir(tempDir.toFile());
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                scratch.streamCache)) {
            // Each signature once: fields may share one signature dictionary, and each check hashes the file.
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null && seen.add(signature.getCOSObject())) {
                    if (seen.size() > MAX_SIGNATURES) {
                        return new VerificationReport(Verdict.UNSUPPORTED, sha256, size, signatures,
                                List.of(Finding.TOO_MANY_SIGNATURES));
                    }
                    signatures.add(check(file, size, field.getFullyQualifiedName(), signature));
                }
            }
        } catch (InvalidPasswordException e) {
            return new VerificationReport(Verdict.UNSUPPORTED, sha256, size, List.of(), List.of(Finding.ENCRYPTED));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Hostile or damaged input may break the parser in any way; the verdict is what matters.
            boolean signed = RawScan.contains(file, "/ByteRange");
            return new VerificationReport(signed ? Verdict.ALTERED : Verdict.NOT_A_PDF, sha256, size, List.of(),
                    signed ? List.of(Finding.PDF_UNREADABLE) : List.of());
        }
        if (signatures.isEmpty() && RawScan.contains(file, "/ByteRange")) {
            // a signature dictionary the parser could not reach: a damaged or truncated signed file
            return new VerificationReport(Verdict.ALTERED, sha256, size, List.of(), List.of(Finding.PDF_UNREADABLE));
        }
        return new VerificationReport(verdict(signatures, findings), sha256, size, signatures, findings);
    }

    private static SignatureReport check(Path file, long size, String field, PDSignature signature) {
        List<Finding> findings = new ArrayList<>();
        String subFilter = signature.getSubFilter();
        boolean cades = PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(subFilter);
        boolean pkcs7 = PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName().equals(subFilter);
        Instant claimed = claimedTime(signature);
        try {
            if (!cades && !pkcs7) {
                findings.add(Finding.UNSUPPORTED_SUBFILTER);
                return report(field, subFilter, signature, false, null, CmsCheck.Outcome.unreadable(), claimed, findings);
            }
            SignedRange range = SignedRange.read(file, size, signature.getByteRange(), findings);
            if (range == null) {
                return report(field, subFilter, signature, false, null, CmsCheck.Outcome.unreadable(), claimed, findings);
            }
            CmsCheck.Outcome outcome = CmsCheck.check(range, cades, claimed, findings);
            return report(field, subFilter, signature, range.coversWholeDocument(), range, outcome, claimed, findings);
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.CMS_UNREADABLE);
            return report(field, subFilter, signature, false, null, CmsCheck.Outcome.unreadable(), claimed, findings);
        }
    }

    private static SignatureReport report(String field, String subFilter, PDSignature signature, boolean whole,
                                          SignedRange range, CmsCheck.Outcome outcome, Instant claimed,
                                          List<Finding> findings) {
        return new SignatureReport(field, subFilter, outcome.intact(), whole, outcome.signer(),
                outcome.certificateSha256(), claimed != null ? claimed : outcome.cmsSigningTime(), outcome.level(),
                outcome.timestamp(), outcome.development(), outcome.selfSigned(), safe(signature::getReason), findings);
    }

    /** The file's verdict; the newest signature must also reach the end of the file. */
    private static Verdict verdict(List<SignatureReport> signatures, List<Finding> findings) {
        if (signatures.isEmpty()) {
            return Verdict.NOT_SIGNED;
        }
        if (signatures.stream().noneMatch(SignatureReport::coversWholeDocument)) {
            findings.add(Finding.NOT_WHOLE_DOCUMENT);
        } else if (signatures.stream().anyMatch(s -> !s.coversWholeDocument())) {
            // a later signature over changes made after an earlier one: the earlier one no longer vouches for
            // the file, whoever signed last (an altered letter re-signed with a look-alike certificate)
            findings.add(Finding.CHANGED_AFTER_EARLIER_SIGNATURE);
        }
        List<Finding> all = new ArrayList<>(findings);
        signatures.forEach(s -> all.addAll(s.findings()));
        if (all.stream().anyMatch(Finding::altering)) {
            return Verdict.ALTERED;
        }
        return all.isEmpty() && signatures.stream().allMatch(SignatureReport::intact) ? Verdict.VALID : Verdict.UNSUPPORTED;
    }

    private static Instant claimedTime(PDSignature signature) {
        Calendar date = safe(signature::getSignDate);
        return date == null ? null : date.toInstant();
    }

    /** A malformed entry reads as absent. */
    private static <T> T safe(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
