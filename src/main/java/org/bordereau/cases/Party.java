package org.bordereau.cases;

/**
 * A company in a case (creditor or debtor). Identifiers are kept as given, digits only:
 * {@code ice} (Morocco, 15 digits), {@code siren} (France, 9) / {@code siret} (14), {@code rc}
 * (registre du commerce), {@code taxId} (Moroccan IF or VAT number).
 */
public record Party(
        String name,
        String legalForm,
        String ice,
        String siren,
        String siret,
        String rc,
        String taxId,
        String address,
        String email,
        String phone) {}
