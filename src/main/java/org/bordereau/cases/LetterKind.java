package org.bordereau.cases;

/**
 * The letters the service issues (DESIGN.md §4). Names are part of the stored format and of the API.
 * RELANCE: courteous reminder; MISE_EN_DEMEURE: formal notice; ECHEANCIER: payment plan / settlement
 * agreement; RECONNAISSANCE_DE_DETTE: acknowledgment of debt for the debtor to sign.
 */
public enum LetterKind {
    RELANCE, MISE_EN_DEMEURE, ECHEANCIER, RECONNAISSANCE_DE_DETTE;

    /** A formal notice is what completeness and prescription rules look for. */
    public boolean isFormalNotice() {
        return this == MISE_EN_DEMEURE;
    }
}
