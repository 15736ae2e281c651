package org.bordereau.http;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.bordereau.cases.Contact;
import org.bordereau.cases.NewCase;
import org.bordereau.cases.Party;

/** The JSON shapes of case requests (DESIGN.md §4), mapped to domain commands. */
final class CaseRequests {
    private CaseRequests() {}

    record CreateCase(String reference, String jurisdiction, String currency,
                      PartyBody creditor, PartyBody debtor, ContactBody decisionMaker) {
        NewCase toCommand() {
            return new NewCase(reference, jurisdiction, currency,
                    creditor == null ? null : creditor.toParty(),
                    debtor == null ? null : debtor.toParty(),
                    decisionMaker == null ? null : decisionMaker.toContact());
        }
    }

    /** {@code taxId} is the Moroccan "IF" (identifiant fiscal) or a VAT number; "if" is accepted. */
    record PartyBody(String name, String legalForm, String ice, String siren, String siret, String rc,
                     @JsonProperty("taxId") @JsonAlias("if") String taxId,
                     String address, String email, String phone) {
        Party toParty() {
            return new Party(name, legalForm, ice, siren, siret, rc, taxId, address, email, phone);
        }
    }

    record ContactBody(String name, String role, String email, String phone) {
        Contact toContact() {
            return new Contact(name, role, email, phone);
        }
    }
}
