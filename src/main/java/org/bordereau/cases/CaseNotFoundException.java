package org.bordereau.cases;

/** No such case for this tenant (also thrown for another tenant's case: never reveal existence). */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String caseId) {
        super("no case " + caseId);
    }
}
