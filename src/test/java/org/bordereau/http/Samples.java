package org.bordereau.http;

/** Request bodies used across the HTTP tests. */
final class Samples {
    private Samples() {}

    static String frenchCase(String reference, String debtorName) {
        return """
                {"reference":"%s","jurisdiction":"FR","currency":"EUR",
                 "creditor":{"name":"Acme SAS","siren":"732829320","address":"1 rue de la Paix, 75002 Paris"},
                 "debtor":{"name":"%s","siren":"552100554","address":"3 avenue Foch, 69006 Lyon",
                           "email":"compta@beta.example","phone":"+33 4 72 00 00 00"},
                 "decisionMaker":{"name":"Claire Martin","role":"CFO","email":"c.martin@beta.example"}}
                """.formatted(reference, debtorName);
    }

    static String moroccanCase(String reference, String debtorName) {
        return """
                {"reference":"%s","jurisdiction":"MA","currency":"MAD",
                 "creditor":{"name":"Atlas Distribution SARL","ice":"001561191000066","rc":"12345","if":"1234567",
                             "address":"12 bd Zerktouni, Casablanca"},
                 "debtor":{"name":"%s","ice":"002345678000091","address":"5 rue Oued Fès, Rabat"}}
                """.formatted(reference, debtorName);
    }
}
