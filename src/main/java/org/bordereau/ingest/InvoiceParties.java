package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bordereau.ingest.InvoiceFieldsReader.Candidate;
import org.bordereau.ingest.InvoicePartyIds.PartyId;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;
import org.bordereau.ingest.PartyZones.Zone;

/**
 * Who sells and who buys, read in the zones of the layout ({@link PartyZones}). Identifiers and names
 * are given a party by the zone they are in (or by their own label: "ICE client"); anything in the
 * body, or two different identifiers for one party, is left out rather than guessed.
 */
final class InvoiceParties {
    private static final String SELLER = "seller";
    private static final String BUYER = "buyer";
    private static final String UNPLACED = "unplaced";

    private final List<Line> lines;
    private final List<List<Hit>> hits;
    private final PartyZones zones;
    private Optional<Candidate> sellerId = Optional.empty();

    private InvoiceParties(List<Line> lines, List<List<Hit>> hits) {
        this.lines = lines;
        this.hits = hits;
        this.zones = PartyZones.of(lines, hits);
    }

    /** sellerName, sellerId, buyerName, buyerId — those that could be told apart. */
    static List<Candidate> read(List<Line> lines, List<List<Hit>> hits) {
        InvoiceParties parties = new InvoiceParties(lines, hits);
        List<Candidate> found = new ArrayList<>(parties.ids());
        Optional<Candidate> buyer = parties.buyerName();
        buyer.ifPresent(found::add);
        parties.sellerName().filter(seller -> buyer.isEmpty() || !PartyNames.same(seller.value(), buyer.get().value()))
                .ifPresent(found::add);
        return found;
    }

    private List<Candidate> ids() {
        Map<String, List<PartyId>> byRole = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (PartyId id : InvoicePartyIds.find(lines.get(i).folded())) {
                byRole.computeIfAbsent(role(id, zones.at(i)), r -> new ArrayList<>()).add(id);
            }
        }
        List<PartyId> sellers = byRole.getOrDefault(SELLER, List.of());
        List<PartyId> buyers = byRole.getOrDefault(BUYER, List.of());
        List<PartyId> unplaced = byRole.getOrDefault(UNPLACED, List.of());
        List<Candidate> out = new ArrayList<>();
        sellerId = chooseId(sellers, buyers, unplaced).map(id -> idCandidate("sellerId", id));
        sellerId.ifPresent(out::add);
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
        List<Integer> starts = new ArrayList<>(zones.buyerMarkers());
        starts.addAll(zones.buyerNameLines());
        starts.sort(Integer::compare);
        for (int start : starts) {
            Optional<String> name = zones.buyerNameLines().contains(start) ? PartyNames.clean(lines.get(start).text())
                    : nameInBlock(start);
            if (name.isPresent()) {
                return Optional.of(new Candidate("buyerName", name.get(), 0.7, start, null));
            }
        }
        return Optional.empty();
    }

    /**
     * After a seller marker; else the letterhead's first line when something vouches for it; else a
     * name with a legal form in the letterhead, the footer, or both.
     */
    private Optional<Candidate> sellerName() {
        for (int marker : zones.sellerMarkers()) {
            Optional<String> name = nameInBlock(marker);
            if (name.isPresent()) {
                return Optional.of(new Candidate("sellerName", name.get(), 0.7, marker, null));
            }
        }
        Optional<Candidate> first = letterheadName();
        if (first.isPresent()) {
            return first;
        }
        List<String> top = legalNames(Zone.LETTERHEAD);
        List<String> bottom = legalNames(Zone.FOOTER);
        if (top.size() > 1 || bottom.size() > 1
                || (!top.isEmpty() && !bottom.isEmpty() && !PartyNames.same(top.get(0), bottom.get(0)))) {
            return Optional.empty(); // two companies where the seller should be: the buyer's address came first
        }
        if (!top.isEmpty()) {
            return Optional.of(new Candidate("sellerName", top.get(0), bottom.isEmpty() ? 0.7 : 0.85, -1, null));
        }
        return bottom.stream().findFirst().map(name -> new Candidate("sellerName", name, 0.6, -1, null));
    }

    /**
     * A letterhead opens with the seller's name. The first printed line is taken when it is no label
     * ("FACTURE", "Invoice") and something vouches for it: a legal form on it or on the line under it
     * ("MATÉRIAUX ATLAS" over "S.A.R.L. au capital de…"), the same name again in the footer, or the
     * seller's identifier found in the letterhead or the footer (a document that says who issued it).
     */
    private Optional<Candidate> letterheadName() {
        int first = nextPrinted(0);
        if (first < 0 || zones.at(first) != Zone.LETTERHEAD
                || hits.get(first).stream().anyMatch(h -> !h.group().equals("partyId") && !h.group().equals("stop"))) {
            return Optional.empty();
        }
        String text = lines.get(first).text();
        Optional<String> name = PartyNames.clean(text);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int below = nextPrinted(first + 1);
        boolean formBelow = below > 0 && zones.at(below) == Zone.LETTERHEAD && PartyNames.hasLegalForm(lines.get(below).text());
        boolean inFooter = legalNames(Zone.FOOTER).stream().anyMatch(n -> PartyNames.same(n, name.get()))
                || footerMentions(name.get());
        boolean identified = sellerId.isPresent() && sellerIdIn(Zone.LETTERHEAD, Zone.FOOTER);
        if (PartyNames.hasLegalForm(text) || inFooter) {
            return Optional.of(new Candidate("sellerName", name.get(), 0.85, first, null));
        }
        return formBelow || identified ? Optional.of(new Candidate("sellerName", name.get(), 0.75, first, null))
                : Optional.empty();
    }

    private boolean footerMentions(String name) {
        String key = InvoiceText.fold(name).replaceAll("\\W", "");
        for (int i = 0; i < lines.size(); i++) {
            if (zones.at(i) == Zone.FOOTER && key.length() >= 4
                    && lines.get(i).folded().replaceAll("\\W", "").startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean sellerIdIn(Zone... where) {
        String value = sellerId.orElseThrow().value();
        for (int i = 0; i < lines.size(); i++) {
            if (List.of(where).contains(zones.at(i))
                    && InvoicePartyIds.find(lines.get(i).folded()).stream().anyMatch(id -> id.value().equals(value))) {
                return true;
            }
        }
        return false;
    }

    private int nextPrinted(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private Optional<String> nameInBlock(int marker) {
        Optional<String> sameLine = PartyNames.clean(zones.restAfterMarker(marker));
        if (sameLine.isPresent()) {
            return sameLine;
        }
        for (int i = marker + 1; i < lines.size() && (lines.get(i).isBlank() || zones.at(i) == zones.at(marker)); i++) {
            if (!lines.get(i).isBlank()) {
                return PartyNames.clean(lines.get(i).text());
            }
        }
        return Optional.empty();
    }

    /** The distinct company names (with a legal form) of a zone, in order. */
    private List<String> legalNames(Zone zone) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (zones.at(i) == zone && PartyNames.hasLegalForm(lines.get(i).text())) {
                Optional<String> name = PartyNames.clean(lines.get(i).text());
                if (name.isPresent() && PartyNames.hasLegalForm(name.get())
                        && names.stream().noneMatch(n -> PartyNames.same(n, name.get()))) {
                    names.add(name.get());
                }
            }
        }
        return names;
    }
}
