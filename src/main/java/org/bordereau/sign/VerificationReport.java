package org.bordereau.sign;

import java.util.List;

/**
 * What {@link Verifier} found in one file.
 *
 * @param verdict    the answer in one word
 * @param sha256     SHA-256 of the file's bytes, to compare with the documents a tenant issued
 * @param size       the file's size in bytes
 * @param signatures every signature, in the order of the form's fields
 * @param findings   problems of the file as a whole (signature problems are in each signature)
 */
public record VerificationReport(Verdict verdict, String sha256, long size, List<SignatureReport> signatures,
                                 List<Finding> findings) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
        findings = List.copyOf(findings);
    }
}
