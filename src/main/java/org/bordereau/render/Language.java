package org.bordereau.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.Violation;

/**
 * The languages documents are written in. Each has its folder of templates ({@code templates/{code}/})
 * and its formats ({@code templates/{code}/format.properties}); Arabic is laid out right to left.
 */
public enum Language {
    FR("fr", false), AR("ar", true), EN("en", false);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    /** The folder name and {@code xml:lang}: fr, ar, en. */
    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The language with this code (case-insensitive).
     *
     * @throws InvalidCommandException naming {@code field} and the codes that exist
     */
    public static Language of(String code, String field) {
        List<String> codes = new ArrayList<>();
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
            codes.add(language.code);
        }
        throw new InvalidCommandException(List.of(new Violation(field,
                "'" + code + "' is not a language documents are written in; use one of " + String.join(", ", codes))));
    }
}
