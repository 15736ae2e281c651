package org.bordereau.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link NewCase} and returns it normalized (trimmed, NFC, identifiers as digits only,
 * codes upper-case) with every problem found, so that the caller reports them all at once
 * (STYLE.md §5). Non-blocking remarks come back as warnings, e.g. an ICE whose unofficial key fails.
 */
final class NewCaseValidator {
    static final int MAX_REFERENCE = 100;
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_SHORT = 100;
    static final int MAX_REGISTRY_ID = 50;
    static final int MAX_EMAIL = 254; // RFC 5321 §4.5.3.1.3 path limit, less the angle brackets
    private static final Set<String> JURISDICTIONS = Set.of("MA", "FR");
    private static final Pattern LETTERS3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Digits with the separators people type ("+212 5 22-12.34 56", "(0)1 ..."); E.164 allows 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");
    /** Spaces people put in identifiers, including the no-break spaces French typography uses. */
    private static final Pattern ID_SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** The normalized command (fields that failed are null), its errors, and its warnings. */
    record Validated(NewCase command, List<Violation> errors, List<String> warnings) {}

    Validated validate(NewCase command) {
        Report r = new Report();
        if (command == null) {
            r.error("", "a case needs a body");
            return new Validated(new NewCase(null, null, null, null, null, null), r.errors, List.of());
        }
        NewCase normalized = new NewCase(
                r.text("reference", command.reference(), MAX_REFERENCE, true, false),
                jurisdiction(command.jurisdiction(), r),
                currency(command.currency(), r),
                party("creditor", command.creditor(), r),
                party("debtor", command.debtor(), r),
                contact("decisionMaker", command.decisionMaker(), r));
        return new Validated(normalized, List.copyOf(r.errors), List.copyOf(r.warnings));
    }

    /** Normalized form under which two references count as the same: trimmed, NFKC, lower-case. */
    static String referenceKey(String reference) {
        return Normalizer.normalize(reference.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String jurisdiction(String value, Report r) {
        String code = r.text("jurisdiction", value, 2, true, false);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!JURISDICTIONS.contains(code)) {
            r.error("jurisdiction", "must be MA or FR");
        }
        return code;
    }

    private static String currency(String value, Report r) {
        String code = r.text("currency", value, 3, true, false);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!LETTERS3.matcher(code).matches()) {
            r.error("currency", "must be a three-letter ISO 4217 code such as MAD or EUR");
        } else {
            CurrencyCodes.problem(code).ifPresent(problem -> r.error("currency", problem));
        }
        return code;
    }

    static Party party(String path, Party p, Report r) {
        if (p == null) {
            r.error(path, "is required");
            return null;
        }
        String name = r.text(path + ".name", p.name(), MAX_NAME, true, false);
        String legalForm = r.text(path + ".legalForm", p.legalForm(), MAX_SHORT, false, false);
        String ice = digits(path + ".ice", p.ice(), 15, r);
        if (ice != null && !CompanyIds.iceKeyMatches(ice)) {
            r.warn(path + ".ice", "its last two digits do not match the usual check key (mod 97); that rule is"
                    + " unofficial, so the ICE was kept: please check it against the invoice");
        }
        String siren = digits(path + ".siren", p.siren(), 9, r);
        if (siren != null && !CompanyIds.sirenChecks(siren)) {
            r.error(path + ".siren", "is not a valid SIREN: its check digit (Luhn) does not match");
        }
        String siret = digits(path + ".siret", p.siret(), 14, r);
        if (siret != null && !CompanyIds.siretChecks(siret)) {
            r.error(path + ".siret", "is not a valid SIRET: its check digit (Luhn) does not match");
        }
        if (siren != null && siret != null && !siret.startsWith(siren)) {
            r.error(path + ".siret", "does not belong to SIREN " + siren + ": a SIRET starts with its company's SIREN");
        }
        return new Party(name, legalForm, ice, siren, siret,
                r.text(path + ".rc", p.rc(), MAX_REGISTRY_ID, false, false),
                r.text(path + ".taxId", p.taxId(), MAX_REGISTRY_ID, false, false),
                r.text(path + ".address", p.address(), MAX_ADDRESS, false, true),
                email(path + ".email", p.email(), r),
                phone(path + ".phone", p.phone(), r));
    }

    static Contact contact(String path, Contact c, Report r) {
        if (c == null) {
            return null;
        }
        return new Contact(
                r.text(path + ".name", c.name(), MAX_NAME, true, false),
                r.text(path + ".role", c.role(), MAX_SHORT, false, false),
                email(path + ".email", c.email(), r),
                phone(path + ".phone", c.phone(), r));
    }

    /** An identifier of exactly {@code length} digits; spaces are allowed in the input and removed. */
    private static String digits(String field, String value, int length, Report r) {
        String text = r.text(field, value, 64, false, false);
        if (text == null) {
            return null;
        }
        String compact = ID_SPACES.matcher(text).replaceAll("");
        if (compact.length() != length || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            r.error(field, "must be exactly " + length + " digits");
            return null;
        }
        return compact;
    }

    private static String email(String field, String value, Report r) {
        String text = r.text(field, value, MAX_EMAIL, false, false);
        if (text != null && !EMAIL.matcher(text).matches()) {
            r.error(field, "is not an e-mail address");
        }
        return text;
    }

    private static String phone(String field, String value, Report r) {
        String text = r.text(field, value, 40, false, false);
        if (text == null) {
            return null;
        }
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        if (!PHONE.matcher(text).matches() || digits < 6 || digits > 15) {
            r.error(field, "must be a phone number: 6 to 15 digits, an optional leading +, spaces, dots or dashes");
        }
        return text;
    }

    /** Collects errors and warnings; normalizes free text. */
    static final class Report {
        final List<Violation> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void error(String field, String message) {
            errors.add(new Violation(field, message));
        }

        void warn(String field, String message) {
            warnings.add(field + ": " + message);
        }

        /**
         * Trimmed NFC text, null when absent, blank or refused. Refuses control characters (a line break
         * only in multi-line fields) and the bidirectional overrides that make text display
         * differently from what it is (Unicode TR #9; CVE-2021-42574 "Trojan Source").
         */
        String text(String field, String value, int max, boolean required, boolean multiline) {
            String text = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
            if (multiline) {
                text = text.replace("\r\n", "\n");
            }
            if (text.isEmpty()) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            if (text.codePointCount(0, text.length()) > max) {
                error(field, "is longer than " + max + " characters");
                return null; // one problem per field: no further checks on a value already refused
            }
            if (!printable(text, multiline)) {
                error(field, "contains control or bidirectional-override characters");
                return null;
            }
            return text;
        }

        private static boolean printable(String text, boolean multiline) {
            return text.codePoints().allMatch(c -> (multiline && c == '\n')
                    || !(Character.isISOControl(c)
                    || Character.getType(c) == Character.SURROGATE
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)));
        }
    }
}
