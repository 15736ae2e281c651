package org.bordereau.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a company name looks like on an invoice line: where it ends (a column gap, a dash, a comma, the
 * legal mentions), whether it is plausible as a name, and whether a legal form stands beside it —
 * abbreviated (SARL, SAS, S.A., Ltd, Inc, ش.م.م) or spelt out ("Société par actions simplifiée",
 * "Entrepreneur individuel", the forms of C. com. L210-1 ff. and of Moroccan law 5-96).
 */
final class PartyNames {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<![\\p{L}])(?:S\\.?A\\.?R\\.?L\\.?(?:\\s?A\\.?U\\.?)?|SARLAU|S\\.?A\\.?S\\.?U?|S\\.A\\.|SA|E\\.?U\\.?R\\.?L"
                    + "|SNC|SCI|SCOP|SELARL|SCP|GIE|(?i:ltd|limited|llc|inc|gmbh|plc|llp|corp))(?![\\p{L}])\\.?"
                    + "|شركة|ش\\.م\\.م|ش\\.م"
                    + "|(?i)(?<![\\p{L}])(?:soci[ée]t[ée] (?:anonyme|à responsabilité limitée|a responsabilite limitee"
                    + "|par actions simplifi[ée]e|en nom collectif|civile)|entrepreneur individuel|entreprise individuelle"
                    + "|auto-?entrepreneur|micro-?entreprise)(?![\\p{L}])");
    private static final Pattern NAME_END = Pattern.compile(
            "\\s{2,}|\\s[-–|·]\\s|,|(?i)\\s+(?:au capital|capital|ice|rc|if|siret|siren|tél|tel)(?![\\p{L}])");

    private PartyNames() {}

    /** The name part of a line: up to a column gap, a dash, a comma or the legal mentions; plausible only. */
    static Optional<String> clean(String text) {
        String t = text.replaceFirst("^[\\s:.\\-]+", "");
        Matcher end = NAME_END.matcher(t);
        String name = (end.find() ? t.substring(0, end.start()) : t).replaceAll("[\\s:.\\-]+$", "").trim();
        long letters = name.chars().filter(Character::isLetter).count();
        long digits = name.chars().filter(Character::isDigit).count();
        long nameLetters = LEGAL_FORM.matcher(name).replaceAll("").chars().filter(Character::isLetter).count();
        boolean plausible = nameLetters >= 2 && name.length() >= 2 && name.length() <= 80 && letters >= 2 && digits * 3 <= letters
                && !Character.isDigit(name.charAt(0)) && !name.contains("@") && !name.contains("!")
                && !name.toLowerCase(Locale.ROOT).contains("www.");
        return plausible ? Optional.of(name) : Optional.empty();
    }

    static boolean hasLegalForm(String text) {
        return LEGAL_FORM.matcher(text).find();
    }

    /** Same name once case, accents and punctuation are set aside. */
    static boolean same(String a, String b) {
        return InvoiceText.fold(a).replaceAll("\\W", "").equals(InvoiceText.fold(b).replaceAll("\\W", ""));
    }
}
