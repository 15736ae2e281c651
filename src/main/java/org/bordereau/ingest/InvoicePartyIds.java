package org.bordereau.ingest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company identifiers printed on invoices, each read only after its label and only with the right
 * number of digits: Moroccan ICE (15 digits), French SIREN (9, Luhn, also after "RCS Paris B"),
 * SIRET (14, Luhn) and VAT numbers (FR + 2-character key + SIREN, the key checked when numeric;
 * other EU numbers only after a VAT label). A bank account (RIB: 24 digits) next to an "ICE" label
 * is too long and is not read as an ICE.
 */
final class InvoicePartyIds {

    /** Registration numbers rank before VAT numbers: a party is named by its legal registration. */
    enum Type { ICE, SIREN, SIRET, VAT }

    /** An identifier found in a line; {@code forBuyer} when its label says so ("ICE client"). */
    record PartyId(Type type, String value, int start, int end, boolean checked, boolean forBuyer) {}

    private static final String FILLER = "([^\\d\\n]{0,25}?)";
    private static final String ICE_LABEL = "(?<![\\p{L}])(?:i\\.?c\\.?e|identifiant commun de l'entreprise"
            + "|التعريف الموحد(?: للمقاوله)?)(?![\\p{L}])";
    private static final Pattern ICE = Pattern.compile(ICE_LABEL + FILLER + digits(15));
    /** Visual-order Arabic: the number before the reversed label. */
    private static final Pattern ICE_REVERSED = Pattern.compile(
            digits(15) + "[\\s:]{0,4}(?:هلواقملل )?دحوملا فيرعتلا");
    /** After "SIREN", or after "RCS" and the registry's town ("RCS Paris B 732 829 320"). */
    private static final Pattern SIREN = Pattern.compile(
            "(?<![\\p{L}])(?:siren|r\\.?c\\.?s)(?![\\p{L}])" + FILLER + digits(9));
    private static final Pattern SIRET = Pattern.compile("(?<![\\p{L}])siret(?![\\p{L}])" + FILLER + digits(14));
    private static final Pattern FR_VAT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])fr[\\s.]?([0-9a-hj-np-z]{2})[\\s.]?(\\d{3}[\\s.]?\\d{3}[\\s.]?\\d{3})(?![\\p{N}])");
    private static final Set<String> EU_PREFIXES = Set.of("at", "be", "bg", "cy", "cz", "de", "dk", "ee", "el",
            "es", "fi", "gb", "hr", "hu", "ie", "it", "lt", "lu", "lv", "mt", "nl", "pl", "pt", "ro", "se", "si",
            "sk", "xi");
    /** The country prefix is one of the EU's (and GB, XI): "VAT Reg. No. GB 123" must not stop at "no". */
    private static final Pattern OTHER_VAT = Pattern.compile(
            "(?<![\\p{L}])(?:vat|tva|btw|ust-?idnr|ust|iva|mwst)(?![\\p{L}])[^\\d\\n]{0,25}?"
                    + "(?<![\\p{L}])(" + String.join("|", new TreeSet<>(EU_PREFIXES)) + ")[\\s.\\-]?"
                    + "([0-9a-z][0-9a-z \\.]{6,14}[0-9a-z])(?![\\p{L}\\p{N}])");
    private static final Pattern BUYER_WORDS = Pattern.compile(
            "client|customer|acheteur|buyer|destinataire|العميل|الزبون|المشتري");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private InvoicePartyIds() {}

    /** The identifiers of one folded line, in order. */
    static List<PartyId> find(String folded) {
        List<PartyId> ids = new ArrayList<>();
        labelled(ICE, Type.ICE, folded, ids);
        Matcher reversed = ICE_REVERSED.matcher(folded);
        while (reversed.find()) {
            add(ids, Type.ICE, reversed.group(1), reversed.start(), reversed.end(), false);
        }
        labelled(SIRET, Type.SIRET, folded, ids);
        labelled(SIREN, Type.SIREN, folded, ids);
        Matcher fr = FR_VAT.matcher(folded);
        while (fr.find()) {
            String value = "FR" + fr.group(1).toUpperCase(Locale.ROOT) + fr.group(2).replaceAll("\\D", "");
            if (frVatChecks(value)) {
                ids.add(new PartyId(Type.VAT, value, fr.start(), fr.end(), true, buyerWords(folded, fr.start(), "")));
            }
        }
        otherVat(folded, ids);
        ids.sort(Comparator.comparingInt(PartyId::start));
        return ids;
    }

    /** ICE key: the whole number divisible by 97 (LEGAL.md §4, empirical: a mismatch lowers confidence only). */
    static boolean iceChecks(String ice) {
        return new BigInteger(ice).mod(NINETY_SEVEN).signum() == 0;
    }

    /** Luhn (ISO/IEC 7812-1): SIREN and SIRET; La Poste's establishments use a digit sum multiple of 5. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** French VAT key: (12 + 3 × (SIREN mod 97)) mod 97; letter keys (new companies) cannot be checked here. */
    static boolean frVatChecks(String vat) {
        String key = vat.substring(2, 4);
        String siren = vat.substring(4);
        if (!key.chars().allMatch(Character::isDigit)) {
            return luhn(siren);
        }
        int expected = (12 + 3 * (Integer.parseInt(siren) % 97)) % 97;
        return Integer.parseInt(key) == expected && luhn(siren);
    }

    private static void labelled(Pattern pattern, Type type, String folded, List<PartyId> ids) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            boolean forBuyer = buyerWords(folded, m.start(), m.group(1));
            add(ids, type, m.group(2), m.start(), m.end(), forBuyer);
        }
    }

    private static void add(List<PartyId> ids, Type type, String printed, int start, int end, boolean forBuyer) {
        String value = printed.replaceAll("\\D", "");
        boolean checked;
        switch (type) {
            case ICE:
                checked = iceChecks(value);
                break;
            case SIRET:
                checked = luhn(value) && luhn(value.substring(0, 9)) || value.startsWith("356000000");
                if (!checked) {
                    return; // SIREN and SIRET are always Luhn-valid: a failing number is misread
                }
                break;
            default:
                checked = luhn(value);
                if (!checked) {
                    return;
                }
        }
        ids.add(new PartyId(type, value, start, end, checked, forBuyer));
    }

    private static void otherVat(String folded, List<PartyId> ids) {
        Matcher m = OTHER_VAT.matcher(folded);
        while (m.find()) {
            String country = m.group(1);
            String rest = m.group(2).replaceAll("[ .]", "");
            long digitCount = rest.chars().filter(Character::isDigit).count();
            if (!EU_PREFIXES.contains(country) || digitCount < 7 || overlaps(ids, m.start(1))) {
                continue;
            }
            ids.add(new PartyId(Type.VAT, (country + rest).toUpperCase(Locale.ROOT), m.start(), m.end(), false,
                    buyerWords(folded, m.start(), "")));
        }
    }

    private static boolean overlaps(List<PartyId> ids, int at) {
        return ids.stream().anyMatch(id -> at >= id.start() && at < id.end());
    }

    /** "ICE client :", "Client ICE :", "ICE du client" — the label names the buyer. */
    private static boolean buyerWords(String folded, int labelStart, String filler) {
        String before = folded.substring(Math.max(0, labelStart - 20), labelStart);
        return BUYER_WORDS.matcher(filler).find() || BUYER_WORDS.matcher(before).find();
    }

    /** {@code count} digits, single spaces or dots allowed between them, and no digit right after. */
    private static String digits(int count) {
        return "((?:\\d[\\s.]?){" + (count - 1) + "}\\d)(?![\\s.]?\\d)";
    }
}
