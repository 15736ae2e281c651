package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Seals a PDF with an invisible PAdES signature (baseline B, or T when a timestamp authority is
 * configured), appended as an incremental update so the signed bytes — and PDF/A conformance — of
 * the original stay as they are. The PDF is read from a file and streamed through the digest: a
 * dossier of hundreds of pages never sits in the heap. Thread-safe; one instance per process.
 */
public final class PadesSigner {
    /** CMS bytes beyond the certificates: signed attributes, signature value, structure. */
    private static final int CMS_OVERHEAD = 2_048;
    /** A timestamp token with its authority's certificates; the exact size is only known afterwards. */
    private static final int TIMESTAMP_RESERVE = 12_288;
    private static final int MEMORY_BEFORE_SCRATCH_FILE = 1 << 20;

    private final Optional<TimestampClient> tsa;
    private final OnTimestampFailure onFailure;
    private final Clock clock;
    private final Path tempDir;

    /** Baseline B only. */
    public PadesSigner(Clock clock, Path tempDir) {
        this(Optional.empty(), OnTimestampFailure.FAIL, clock, tempDir);
    }

    /** Baseline T through {@code tsa}; when it fails, {@code onFailure} decides (never silently). */
    public PadesSigner(Optional<TimestampClient> tsa, OnTimestampFailure onFailure, Clock clock, Path tempDir) {
        this.tsa = tsa;
        this.onFailure = onFailure;
        this.clock = clock;
        this.tempDir = tempDir;
    }

    /** Writes the sealed {@code pdf} to {@code out}. Nothing is written when sealing fails. */
    public SealResult sign(Path pdf, OutputStream out, SealRequest request) {
        return sign(() -> new RandomAccessReadBufferedFile(pdf.toFile()), out, request);
    }

    /**
     * As {@link #sign(Path, OutputStream, SealRequest)} for a PDF already in memory (a letter of a
     * few pages): no file is written or read.
     */
    public SealResult sign(byte[] pdf, OutputStream out, SealRequest request) {
        return sign(() -> new RandomAccessReadBuffer(pdf), out, request);
    }

    /** Where the PDF to seal is read from; opened once per attempt. */
    private interface Source {
        RandomAccessRead open() throws IOException;
    }

    private SealResult sign(Source pdf, OutputStream out, SealRequest request) {
        int size = estimatedSize(request.seal());
        Attempt attempt = attempt(pdf, out, request, size);
        if (attempt.neededSize > 0) {
            // A bigger certificate chain or token than usual: once more with room to spare.
            attempt = attempt(pdf, out, request, attempt.neededSize + CMS_OVERHEAD);
        }
        if (attempt.result == null) {
            throw new IllegalStateException("the signature does not fit in " + attempt.neededSize + " bytes");
        }
        return attempt.result;
    }

    /** Spools {@code pdf} to a temporary file first (owner-only, deleted afterwards). */
    public SealResult sign(InputStream pdf, OutputStream out, SealRequest request) {
        Path spooled = null;
        try {
            Files.createDirectories(tempDir);
            spooled = Files.createTempFile(tempDir, "seal-", ".pdf");
            Files.copy(pdf, spooled, StandardCopyOption.REPLACE_EXISTING);
            return sign(spooled, out, request);
        } catch (IOException e) {
            throw new UncheckedIOException("spooling the PDF to seal failed", e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /**
     * A seal whose certificate has expired (or is not valid yet) would make every document it seals read
     * as invalid in Acrobat or EU DSS: refused, naming the dates, so that an operator renews the key
     * instead of issuing letters a court would question.
     */
    static void requireValidOn(Seal seal, Instant when) {
        if (!CmsCheck.validOn(seal.certificate(), when)) {
            throw new IllegalStateException("the seal '" + seal.subject() + "' is valid from "
                    + seal.certificate().getNotBefore().toInstant() + " to " + seal.certificate().getNotAfter().toInstant()
                    + ", not on " + when + ": renew the signing key (BORDEREAU_SIGNING_P12 / BORDEREAU_SIGNING_DIR)");
        }
    }

    private record Attempt(SealResult result, int neededSize) {}

    private Attempt attempt(Source pdf, OutputStream out, SealRequest request, int size) {
        Seal seal = request.seal();
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.SECONDS); // PDF dates have seconds
        requireValidOn(seal, signingTime);
        MemoryUsageSetting scratch = MemoryUsageSetting.setupMixed(MEMORY_BEFORE_SCRATCH_FILE).setTempDir(tempDir.toFile());
        try (PDDocument document = Loader.loadPDF(pdf.open(), "", null, null,
                scratch.streamCache);
             SignatureOptions options = new SignatureOptions()) {
            if (document.isEncrypted()) {
                throw new IllegalArgumentException("an encrypted PDF cannot be sealed (PDF/A forbids encryption)");
            }
            PDSignature signature = dictionary(request, signingTime);
            options.setPreferredSignatureSize(size);
            document.addSignature(signature, options);
            makePrintable(document, signature);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            CMSSignedData cms;
            try (InputStream content = external.getContent()) {
                cms = CmsSealer.sign(content, seal);
            }
            TimestampOutcome stamp = timestamp(cms);
            byte[] encoded = stamp.cms.getEncoded("DER");
            if (encoded.length > size) {
                return new Attempt(null, encoded.length); // nothing was written to out yet
            }
            external.setSignature(encoded);
            return new Attempt(result(seal, signingTime, stamp), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("sealing the PDF failed", e);
        }
    }

    private record TimestampOutcome(CMSSignedData cms, TimeStampToken token, String authority, String downgradeReason) {}

    private TimestampOutcome timestamp(CMSSignedData cms) {
        if (tsa.isEmpty()) {
            return new TimestampOutcome(cms, null, null, null);
        }
        try {
            TimeStampToken token = tsa.get().stamp(CmsSealer.signatureValue(cms));
            String authority = TimestampClient.signerCertificate(token).getSubjectX500Principal().getName();
            return new TimestampOutcome(CmsSealer.withTimestamp(cms, token), token, authority, null);
        } catch (TimestampUnavailableException e) {
            if (onFailure == OnTimestampFailure.FAIL) {
                throw e;
            }
            return new TimestampOutcome(cms, null, null, e.getMessage() + "; sealed as PAdES-BASELINE-B without a timestamp");
        } catch (Exception e) { // the client has checked the certificate already
            throw new IllegalStateException("reading the checked timestamp token failed", e);
        }
    }

    private static PDSignature dictionary(SealRequest request, Instant signingTime) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(commonName(request.seal().certificate()));
        signature.setReason(request.reason());
        signature.setLocation(request.location());
        signature.setContactInfo(request.contactInfo());
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(signingTime.toEpochMilli());
        signature.setSignDate(time);
        return signature;
    }

    /** PDF/A-2/3 §6.3.2: every annotation, the invisible signature's widget too, has the Print flag. */
    private static void makePrintable(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
        }
    }

    private SealResult result(Seal seal, Instant signingTime, TimestampOutcome stamp) {
        Instant stampTime = stamp.token == null ? null : stamp.token.getTimeStampInfo().getGenTime().toInstant();
        return new SealResult(stamp.token == null ? PadesLevel.B_B : PadesLevel.B_T, signingTime, seal.subject(),
                seal.fingerprint(), seal.isDevelopment(), stampTime, stamp.authority, stamp.downgradeReason);
    }

    private int estimatedSize(Seal seal) {
        int size = CMS_OVERHEAD;
        for (X509Certificate certificate : seal.chain()) {
            try {
                size += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new KeyMaterialException("a certificate of " + seal.source() + " cannot be encoded", e);
            }
        }
        return tsa.isPresent() ? size + TIMESTAMP_RESERVE : size;
    }

    private static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        for (String part : subject.split(",(?=[A-Za-z0-9.]+=)")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\,", ",");
            }
        }
        return subject;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temp file is harmless; the next clean of the temp folder takes it
            }
        }
    }
}
