package org.bordereau.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * The letters Bordereau writes, each a template {@code templates/{lang}/{template}.ftl}. Stored and
 * exchanged by name (the API's {@code kind}); never renamed.
 */
public enum LetterKind {
    /** A courteous reminder of invoices past due. */
    RELANCE("relance"),
    /** Formal notice: amounts, interest and indemnities, legal basis, deadline, what follows it. */
    MISE_EN_DEMEURE("mise_en_demeure"),
    /** A payment plan (settlement agreement) for both parties to sign. */
    ECHEANCIER("echeancier"),
    /** The debtor's acknowledgment of the debt, sum in words and figures, for the debtor to sign. */
    RECONNAISSANCE_DE_DETTE("reconnaissance_de_dette");

    private final String template;

    LetterKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** The kind with this name (case-insensitive); {@link InvalidCommandException} naming {@code field} else. */
    public static LetterKind of(String name, String field) {
        List<String> names = new ArrayList<>();
        for (LetterKind kind : values()) {
            if (kind.name().equals(name == null ? "" : name.strip().toUpperCase(Locale.ROOT))) {
                return kind;
            }
            names.add(kind.name());
        }
        throw new InvalidCommandException(List.of(new Violation(field,
                "'" + name + "' is not a kind of letter; use one of " + String.join(", ", names))));
    }
}
