package org.bordereau.letters;

/** No letter with this id on the case (answered 404, like a case of another tenant). */
public final class LetterNotFoundException extends RuntimeException {
    public LetterNotFoundException(String letterId) {
        super("no letter " + letterId + " on this case");
    }
}
