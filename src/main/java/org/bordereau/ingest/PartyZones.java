package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bordereau.ingest.InvoiceText.Line;
import org.bordereau.ingest.Labels.Hit;

/**
 * The zones of an invoice's text, as its layout places the parties: the seller's letterhead at the
 * top, the buyer's address block after "Client :", "Facturé à", "Bill to"… (or the line above
 * "À l'attention de…"), other blocks ("Livrer à"), and the seller's legal mentions in the footer.
 *
 * <p>Text layers often separate every printed line by a blank line; in such a "spaced" text a single
 * blank line does not end an address block, two do.
 */
final class PartyZones {
    private static final int BLOCK_LINES = 6;
    private static final int LETTERHEAD_LINES = 12;
    private static final int FOOTER_LINES = 6;
    private static final String ATTENTION = "attention";

    enum Zone { BODY, LETTERHEAD, FOOTER, SELLER, BUYER, OTHER }

    private final List<Line> lines;
    private final List<List<Hit>> hits;
    private final Zone[] zones;
    private final List<Integer> buyerMarkers = new ArrayList<>();
    private final List<Integer> sellerMarkers = new ArrayList<>();
    /** Lines that are the buyer's name because an attention line follows them ("À l'attention de M. X"). */
    private final List<Integer> buyerNameLines = new ArrayList<>();
    private final boolean spaced;

    private PartyZones(List<Line> lines, List<List<Hit>> hits) {
        this.lines = lines;
        this.hits = hits;
        this.zones = new Zone[lines.size()];
        Arrays.fill(zones, Zone.BODY);
        this.spaced = spaced(lines);
    }

    /** The zones of these lines (with their label hits). */
    static PartyZones of(List<Line> lines, List<List<Hit>> hits) {
        PartyZones z = new PartyZones(lines, hits);
        z.markZones();
        return z;
    }

    Zone at(int line) {
        return zones[line];
    }

    /** Lines opening a buyer block ("Facturé à"), in order. */
    List<Integer> buyerMarkers() {
        return List.copyOf(buyerMarkers);
    }

    List<Integer> sellerMarkers() {
        return List.copyOf(sellerMarkers);
    }

    /** Lines that hold the buyer's name by themselves (above an attention line). */
    List<Integer> buyerNameLines() {
        return List.copyOf(buyerNameLines);
    }


    /** Most printed lines followed by exactly one blank line: blank lines are line spacing, not paragraphs. */
    private static boolean spaced(List<Line> lines) {
        int printed = 0;
        int singleGaps = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            printed++;
            if (i + 2 < lines.size() && lines.get(i + 1).isBlank() && !lines.get(i + 2).isBlank()) {
                singleGaps++;
            }
        }
        return printed >= 8 && singleGaps * 2 > printed;
    }

    private void markZones() {
        for (int i = 0; i < lines.size(); i++) {
            for (Hit hit : hits.get(i)) {
                if (hit.group().equals(ATTENTION)) {
                    attention(i, hit);
                    break;
                }
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

    /**
     * "À l'attention de M. X" names a person of the buyer: the company is the line just above it, which
     * starts the buyer's block (and ends the letterhead). With a blank line above, the company is unknown.
     */
    private void attention(int i, Hit hit) {
        if (!opensBlock(lines.get(i), hit) || zones[i] != Zone.BODY) {
            return;
        }
        int above = i - 1;
        if (above >= 0 && !lines.get(above).isBlank() && zones[above] == Zone.BODY && !readsAValue(above)) {
            zones[above] = Zone.BUYER;
            buyerNameLines.add(above);
        }
        markBlock(i, Zone.BUYER);
    }

    /**
     * A block runs from its marker to a blank line (two in a spaced text), a labelled value, another
     * block or {@link #BLOCK_LINES} printed lines. A party's identifier printed just past the blank line
     * still belongs to it ("ICE : …" under the address).
     */
    private void markBlock(int start, Zone zone) {
        zones[start] = zone;
        boolean content = hasContent(restAfterMarker(start));
        int printed = 0;
        for (int i = start + 1; i < lines.size() && printed < BLOCK_LINES; i++) {
            if (lines.get(i).isBlank()) {
                boolean paragraphEnd = !spaced || (i + 1 < lines.size() && lines.get(i + 1).isBlank());
                if (content && paragraphEnd) {
                    int next = i + 1;
                    if (next < lines.size() && holdsOnlyAnId(next)) {
                        zones[next] = zone;
                    }
                    return;
                }
                continue;
            }
            if (readsAValue(i) || opensAnyBlock(i)) {
                return;
            }
            zones[i] = zone;
            content = true;
            printed++;
        }
    }

    private boolean holdsOnlyAnId(int i) {
        return zones[i] == Zone.BODY && !InvoicePartyIds.find(lines.get(i).folded()).isEmpty() && !readsAValue(i)
                && !opensAnyBlock(i);
    }

    /** "Bill to:" followed by nothing but punctuation has its content on the next lines. */
    private static boolean hasContent(String rest) {
        return rest.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** What follows the block marker on its line. */
    String restAfterMarker(int i) {
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
}
