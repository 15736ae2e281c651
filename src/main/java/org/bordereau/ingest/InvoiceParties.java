package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bordereau.ingest.InvoiceFieldsReader.Candidate;
import org.bordereau.ingest.InvoicePartyIds.PartyId;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;

/**
 * Who sells and who buys. An invoice is laid out in zones: the seller's letterhead at the top, the
 * buyer's address block after "Client :", "Facturé à", "Bill to"…, and the seller's legal mentions
 * in the footer ("SARL au capital de… RC… ICE…"). Identifiers and names are given a party by the
 * zone they are in (or by their own label: "ICE client"); anything in the body, or two different
 * identifiers for one party, is left out rather than guessed.
 */
final class InvoiceParties {
    private static final int BLOCK_LINES = 6;
    private static final int LETTERHEAD_LINES = 12;
    private static final int FOOTER_LINES = 6;
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<![\\p{L}])(?:S\\.?A\\.?R\\.?L\\.?(?:\\s?A\\.?U\\.?)?|SARLAU|S\\.?A\\.?S\\.?U?|S\\.A\\.|SA|E\\.?U\\.?R\\.?L"
                    + "|SNC|SCI|SCOP|SELARL|SCP|GIE|(?i:ltd|limited|llc|inc|gmbh|plc|llp|corp))(?![\\p{L}])\\.?"
                    + "|شركة|ش\\.م\\.م|ش\\.م");
    private static final Pattern NAME_END = Pattern.compile(
            "\\s{2,}|\\s[-–|]\\s|,|(?i)\\s+(?:au capital|capital|ice|rc|if|siret|siren|tél|tel)(?![\\p{L}])");

    private static final String SELLER = "seller";
    private static final String BUYER = "buyer";
    private static final String UNPLACED = "unplaced";

    private enum Zone { BODY, LETTERHEAD, FOOTER, SELLER, BUYER, OTHER }

    private final List<Line> lines;
    private final List<List<Hit>> hits;
    private final Zone[] zones;
    private final List<Integer> buyerMarkers = new ArrayList<>();
    private final List<Integer> sellerMarkers = new ArrayList<>();

    private InvoiceParties(List<Line> lines, List<List<Hit>> hits) {
        this.lines = lines;
        this.hits = hits;
        this.zones = new Zone[lines.size()];
        Arrays.fill(zones, Zone.BODY);
    }

    /** sellerName, sellerId, buyerName, buyerId — those that could be told apart. */
    static List<Candidate> read(List<Line> lines, List<List<Hit>> hits) {
        InvoiceParties parties = new InvoiceParties(lines, hits);
        parties.markZones();
        List<Candidate> found = new ArrayList<>(parties.ids());
        parties.buyerName().ifPresent(found::add);
        parties.sellerName().ifPresent(found::add);
        return found;
    }

    private void markZones() {
        for (int i = 0; i < lines.size(); i++) {
            for (Hit hit : hits.get(i)) {
                Zone zone = blockZone(hit.group());
                if (zone != null && opensBlock(lines.get(i), hit)) {
                    markBlock(i, zone);
                    if (zone == Zone.BUYER) {
                        buyerMarkers.add(i);
                    } else if (zone == Zone.SELLER) {
                        sellerMarkers.add(i);
                    }
                    break;
                }
            }
        }
        // the letterhead: the top lines until a stated value or a party block ("FACTURE" alone does not end it)
        for (int i = 0; i < Math.min(LETTERHEAD_LINES, lines.size()) && zones[i] == Zone.BODY && !readsAValue(i); i++) {
            zones[i] = Zone.LETTERHEAD;
        }
        // the footer: the last lines, where the seller's legal mentions are printed
        int footer = 0;
        for (int i = lines.size() - 1; i >= 0 && footer < FOOTER_LINES; i--) {
            if (!lines.get(i).isBlank()) {
                footer++;
                if (zones[i] == Zone.BODY && !readsAValue(i)) {
                    zones[i] = Zone.FOOTER;
                }
            }
        }
    }

    /** A block runs from its marker to a blank line, a labelled value, another block or {@link #BLOCK_LINES}. */
    private void markBlock(int start, Zone zone) {
        zones[start] = zone;
        boolean content = !restAfterMarker(start).isBlank();
        for (int i = start + 1; i < lines.size() && i <= start + BLOCK_LINES; i++) {
            if (lines.get(i).isBlank()) {
                if (content) {
                    return;
                }
                continue;
            }
            if (readsAValue(i) || opensAnyBlock(i)) {
                return;
            }
            zones[i] = zone;
            content = true;
        }
    }

    private List<Candidate> ids() {
        Map<String, List<PartyId>> byRole = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (PartyId id : InvoicePartyIds.find(lines.get(i).folded())) {
                byRole.computeIfAbsent(role(id, zones[i]), r -> new ArrayList<>()).add(id);
            }
        }
        List<PartyId> sellers = byRole.getOrDefault(SELLER, List.of());
        List<PartyId> buyers = byRole.getOrDefault(BUYER, List.of());
        List<PartyId> unplaced = byRole.getOrDefault(UNPLACED, List.of());
        List<Candidate> out = new ArrayList<>();
        chooseId(sellers, buyers, unplaced).ifPresent(id -> out.add(idCandidate("sellerId", id)));
        chooseId(buyers, sellers, unplaced).ifPresent(id -> out.add(idCandidate("buyerId", id)));
        return out;
    }

    private static String role(PartyId id, Zone zone) {
        if (id.forBuyer() || zone == Zone.BUYER) {
            return BUYER;
        }
        if (zone == Zone.SELLER || zone == Zone.LETTERHEAD || zone == Zone.FOOTER) {
            return SELLER;
        }
        return zone == Zone.OTHER ? "other" : UNPLACED;
    }

    /**
     * The party's identifier of the best-ranked type (ICE or SIREN, then SIRET, then VAT); nothing
     * when it has two different ones of that type, when the other party shows the same number, or
     * when another number of that type stands where no party can be told (it may be this one's).
     */
    private static Optional<PartyId> chooseId(List<PartyId> mine, List<PartyId> theirs, List<PartyId> unplaced) {
        for (InvoicePartyIds.Type type : InvoicePartyIds.Type.values()) {
            List<PartyId> ofType = mine.stream().filter(id -> id.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            long distinct = ofType.stream().map(PartyId::value).distinct().count();
            PartyId id = ofType.get(0);
            boolean shared = theirs.stream().anyMatch(other -> other.value().equals(id.value()));
            boolean rival = unplaced.stream().anyMatch(other -> other.type() == type && !other.value().equals(id.value())
                    && theirs.stream().noneMatch(t -> t.value().equals(other.value())));
            return distinct == 1 && !shared && !rival ? Optional.of(id) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Candidate idCandidate(String field, PartyId id) {
        return new Candidate(field, id.value(), id.checked() ? 0.9 : 0.7, -1, null);
    }

    private Optional<Candidate> buyerName() {
        for (int marker : buyerMarkers) {
            Optional<String> name = nameInBlock(marker);
            if (name.isPresent()) {
                return Optional.of(new Candidate("buyerName", name.get(), 0.7, marker, null));
            }
        }
        return Optional.empty();
    }

    /** After a seller marker; else a name with a legal form in the letterhead, the footer, or both. */
    private Optional<Candidate> sellerName() {
        for (int marker : sellerMarkers) {
            Optional<String> name = nameInBlock(marker);
            if (name.isPresent()) {
                return Optional.of(new Candidate("sellerName", name.get(), 0.7, marker, null));
            }
        }
        List<String> top = legalNames(Zone.LETTERHEAD);
        List<String> bottom = legalNames(Zone.FOOTER);
        if (top.size() > 1 || bottom.size() > 1
                || (!top.isEmpty() && !bottom.isEmpty() && !sameName(top.get(0), bottom.get(0)))) {
            return Optional.empty(); // two companies where the seller should be: the buyer's address came first
        }
        if (!top.isEmpty()) {
            return Optional.of(new Candidate("sellerName", top.get(0), bottom.isEmpty() ? 0.7 : 0.85, -1, null));
        }
        return bottom.stream().findFirst().map(name -> new Candidate("sellerName", name, 0.6, -1, null));
    }

    private Optional<String> nameInBlock(int marker) {
        Optional<String> sameLine = cleanName(restAfterMarker(marker));
        if (sameLine.isPresent()) {
            return sameLine;
        }
        for (int i = marker + 1; i < lines.size() && zones[i] == zones[marker]; i++) {
            if (!lines.get(i).isBlank()) {
                return cleanName(lines.get(i).text());
            }
        }
        return Optional.empty();
    }

    /** The distinct company names (with a legal form) of a zone, in order. */
    private List<String> legalNames(Zone zone) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (zones[i] == zone && LEGAL_FORM.matcher(lines.get(i).text()).find()) {
                Optional<String> name = cleanName(lines.get(i).text());
                if (name.isPresent() && LEGAL_FORM.matcher(name.get()).find()
                        && names.stream().noneMatch(n -> sameName(n, name.get()))) {
                    names.add(name.get());
                }
            }
        }
        return names;
    }

    /** The name part of a line: up to a column gap, a dash, a comma or the legal mentions; plausible only. */
    static Optional<String> cleanName(String text) {
        String t = text.replaceFirst("^[\\s:.\\-]+", "");
        Matcher end = NAME_END.matcher(t);
        String name = (end.find() ? t.substring(0, end.start()) : t).replaceAll("[\\s:.\\-]+$", "").trim();
        long letters = name.chars().filter(Character::isLetter).count();
        long digits = name.chars().filter(Character::isDigit).count();
        boolean plausible = name.length() >= 2 && name.length() <= 80 && letters >= 2 && digits * 3 <= letters
                && !Character.isDigit(name.charAt(0)) && !name.contains("@") && !name.toLowerCase().contains("www.");
        return plausible ? Optional.of(name) : Optional.empty();
    }

    private String restAfterMarker(int i) {
        for (Hit hit : hits.get(i)) {
            if (blockZone(hit.group()) != null) {
                return lines.get(i).text().substring(hit.end());
            }
        }
        return "";
    }

    /** A strong marker ("Facturé à") opens a block anywhere at a line or column start; a weak one ("Client") needs a colon or the line's end. */
    private static boolean opensBlock(Line line, Hit hit) {
        String before = line.text().substring(0, hit.start());
        boolean atStart = before.isBlank() || before.endsWith("  ");
        String after = line.text().substring(hit.end()).stripLeading();
        return atStart && (hit.weight() >= 0.9 || after.isEmpty() || after.startsWith(":"));
    }

    private boolean opensAnyBlock(int i) {
        return hits.get(i).stream().anyMatch(h -> blockZone(h.group()) != null && opensBlock(lines.get(i), h));
    }

    /**
     * A line that states a value of the invoice: a precise label ("Facture N°", "Total TTC"), or a
     * generic one followed by an amount or a date. "TVA FR44…" in a footer is an identifier, not a value.
     */
    private boolean readsAValue(int i) {
        String text = lines.get(i).text();
        for (Hit h : hits.get(i)) {
            if (!InvoiceFieldsReader.isValueField(h.group()) || h.weight() < 0.6) {
                continue;
            }
            String rest = text.substring(h.end());
            if (h.weight() >= 0.9 || !Amounts.find(rest).isEmpty()
                    || !Dates.find(InvoiceText.fold(rest), false).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Zone blockZone(String group) {
        switch (group) {
            case "buyerBlock":
                return Zone.BUYER;
            case "sellerBlock":
                return Zone.SELLER;
            case "otherBlock":
                return Zone.OTHER;
            default:
                return null;
        }
    }

    private static boolean sameName(String a, String b) {
        return InvoiceText.fold(a).replaceAll("\\W", "").equals(InvoiceText.fold(b).replaceAll("\\W", ""));
    }
}
