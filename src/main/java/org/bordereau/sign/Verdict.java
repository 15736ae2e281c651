package org.bordereau.sign;

/** The one-word answer of a verification, most serious first. */
public enum Verdict {
    /** Not readable as a PDF (and no sign of a signature in its bytes). */
    NOT_A_PDF,
    /** A readable PDF without any signature. */
    NOT_SIGNED,
    /** A signature no longer matches the bytes, or the file changed after the last signature. */
    ALTERED,
    /** Signed in a way this verifier cannot check (encrypted file, unknown signature format). */
    UNSUPPORTED,
    /** Every signature is intact and the last one covers the whole file. Says nothing of who is trusted. */
    VALID
}
