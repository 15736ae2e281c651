/**
 * Sealing and verification of PDFs (issue 6, DESIGN.md §6 and §8). Uses nothing of ours: JDK,
 * PDFBox and BouncyCastle only. Knows nothing of HTTP or storage.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.bordereau.sign.SigningKeys#forTenant} — the {@link org.bordereau.sign.Seal} of a tenant:
 *       {@code {BORDEREAU_SIGNING_DIR}/{tenant}.p12}, else the global {@code BORDEREAU_SIGNING_P12}, else the
 *       development seal ({@link org.bordereau.sign.DevelopmentSeal}: self-signed EC P-256, subject
 *       {@code OU=DEVELOPMENT SEAL - NOT FOR PRODUCTION}; the app keeps it in the store, see {@code app.Seals}).</li>
 *   <li>{@link org.bordereau.sign.PadesSigner#sign(java.nio.file.Path, java.io.OutputStream, SealRequest)} —
 *       invisible PAdES signature as an incremental update; returns a {@link org.bordereau.sign.SealResult}
 *       (level B-B/B-T, signing time, signer, timestamp, downgrade reason). Writes nothing when it fails.</li>
 *   <li>{@link org.bordereau.sign.Verifier#verify(java.nio.file.Path)} — a
 *       {@link org.bordereau.sign.VerificationReport}: {@link org.bordereau.sign.Verdict}, the file's SHA-256,
 *       one {@link org.bordereau.sign.SignatureReport} per signature with {@link org.bordereau.sign.Finding}
 *       codes. Never throws on bad input.</li>
 * </ul>
 *
 * <h2>What a seal is (ETSI EN 319 142-1 baseline B, T)</h2>
 * /Filter Adobe.PPKLite, /SubFilter ETSI.CAdES.detached; CMS SignedData, detached, SHA-256, signed
 * attributes content-type, message-digest, CMS algorithm protection and signing-certificate-v2, no
 * signing-time (the claimed time is /M, seconds precision, UTC); the whole chain of the PKCS#12 in the
 * certificates. B-T adds an RFC 3161 token over the signature value as the signature-time-stamp
 * unsigned attribute. The widget of the invisible signature has the Print flag (PDF/A-3 §6.3.2);
 * veraPDF still says PDF/A-3b afterwards. /Contents is reserved at 2 KB + the chain (+ 12 KB with a
 * timestamp); a larger CMS is retried once with the exact size, so nothing is ever truncated.
 *
 * <h2>Timestamp failures</h2>
 * {@link org.bordereau.sign.TimestampClient} checks the reply (status, nonce, imprint, token signature,
 * timeStamping key usage) with a time limit (connect + request). Any failure is a
 * {@link org.bordereau.sign.TimestampUnavailableException} naming the authority (never its user info);
 * {@link org.bordereau.sign.OnTimestampFailure#FAIL} (default) lets it through — the HTTP layer maps it
 * to 503 — and {@code DOWNGRADE} seals B-B with {@code SealResult.downgradeReason()} set, which the
 * caller must record in the event log and the response.
 *
 * <h2>Verification rules</h2>
 * <ol>
 *   <li>PDFBox lists the signature fields; a file it cannot parse is {@code NOT_A_PDF}, or {@code ALTERED}
 *       when its bytes contain {@code /ByteRange} (so is a readable file whose signature dictionaries
 *       cannot be reached, e.g. truncated).</li>
 *   <li>/ByteRange must start at 0, stay inside the file and frame exactly one {@code <hex>} string;
 *       /Contents is read from the raw bytes there, decoded, cut after the DER length (DESIGN.md §8:
 *       BC 1.85+ refuses the padding) and the rest must be zeros.</li>
 *   <li>CMS: one signer, digest over the byte ranges (streamed), signature value, signing-certificate(-v2)
 *       hash equal to the signer certificate, and the parts nothing signs checked for consistency
 *       ({@code CmsStructure}: ContentInfo type, versions, [0]/[1] tags, digest algorithm listed,
 *       certificates as plain SEQUENCEs that verify under an issuer in the set and are all connected,
 *       only CAdES unsigned attribute types).</li>
 *   <li>Timestamp: imprint over the signature value, token signature and certificate (EKU), same
 *       structure checks. Level: B-T with a valid timestamp; B-B; else NOT_PADES (adbe.pkcs7.detached,
 *       CMS signing-time present, no signing-certificate attribute).</li>
 *   <li>The newest signature must reach the end of the file, else {@code NOT_WHOLE_DOCUMENT} (bytes or an
 *       incremental update added after signing). VALID = no finding at all. Trust is not judged: the
 *       report says {@code development} and {@code selfSigned}.</li>
 * </ol>
 * Known limit: bytes of a CA certificate carried in the CMS but bound by no signature (the issuer name
 * of the root in the signature or in the timestamp token) can change without any cryptographic
 * consequence; such a file still reports VALID. The SHA-256 comparison with issued documents (which
 * the app does) catches it, as it catches any changed byte of a document we issued.
 */
package org.bordereau.sign;
