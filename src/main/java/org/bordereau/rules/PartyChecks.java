package org.bordereau.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bordereau.cases.Contact;
import org.bordereau.cases.Party;

/** Checks on who the claim is against: the debtor company and the person who decides to pay. */
final class PartyChecks {
    private static final Set<String> IDS = Set.of("ice", "siren", "siret", "rc", "taxId");

    private PartyChecks() {}

    static List<Check> all() {
        return List.of(
                Check.of("DEBTOR_IDENTIFIED", true, false, Set.of("items"), PartyChecks::debtor)
                        .withParams(PartyChecks::idProblems).withTerms("name", "legalId", "address"),
                Check.of("DECISION_MAKER", true, false, Set.of("name"), PartyChecks::decisionMaker));
    }

    /**
     * Legal name, one of the identifiers the pack names ({@code params.ids}: MA the ICE, FR the SIREN
     * or SIRET) and an address for service. A warning when case creation flagged one of the
     * debtor's identifiers (the ICE's unofficial check key, LEGAL.md §4).
     */
    private static Finding debtor(Review review, JsonNode params) {
        Party debtor = review.file.debtor();
        List<Object> missing = new ArrayList<>();
        if (blank(debtor.name())) {
            missing.add(new Finding.Term("name"));
        }
        boolean identified = false;
        for (JsonNode id : params.get("ids")) {
            identified |= !blank(identifier(debtor, id.asText()));
        }
        if (!identified) {
            missing.add(new Finding.Term("legalId"));
        }
        if (blank(debtor.address())) {
            missing.add(new Finding.Term("address"));
        }
        if (!missing.isEmpty()) {
            return Finding.missing(Evidence.NONE, "items", missing);
        }
        boolean flagged = review.file.warnings().stream().anyMatch(w -> w.startsWith("debtor."));
        return flagged ? Finding.warning(Evidence.NONE) : Finding.ok(Evidence.NONE);
    }

    /** Someone who can decide to pay, and a way to reach them (DESIGN.md §1). */
    private static Finding decisionMaker(Review review, JsonNode params) {
        Contact contact = review.file.decisionMaker();
        if (contact == null || blank(contact.name())) {
            return Finding.missing(Evidence.NONE);
        }
        if (blank(contact.email()) && blank(contact.phone())) {
            return Finding.warning(Evidence.NONE, "name", contact.name());
        }
        return Finding.ok(Evidence.NONE, "name", contact.name());
    }

    private static String identifier(Party party, String id) {
        switch (id) {
            case "ice": return party.ice();
            case "siren": return party.siren();
            case "siret": return party.siret();
            case "rc": return party.rc();
            default: return party.taxId();
        }
    }

    private static List<String> idProblems(JsonNode params) {
        JsonNode ids = params == null ? null : params.get("ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            return List.of("params.ids must list identifiers among " + IDS);
        }
        List<String> problems = new ArrayList<>();
        ids.forEach(id -> {
            if (!IDS.contains(id.asText())) {
                problems.add("params.ids: unknown identifier " + id + "; known: " + IDS);
            }
        });
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
