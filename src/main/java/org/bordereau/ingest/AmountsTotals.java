package org.bordereau.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bordereau.ingest.InvoiceFieldsReader.Candidate;

/**
 * Chooses an invoice's totals among the amounts read after its labels. Arithmetic decides first:
 * amounts that add up (net + tax = total incl. tax) are taken together, even when one of them came
 * after a generic label ("Total" printed above "TVA" and "Net à payer" is the net). What is left is
 * taken only if one value clearly leads; two candidates of similar weight that disagree leave the
 * field out, and so does a generic label alone.
 */
final class AmountsTotals {
    static final String TOTAL = "totalAmount";
    static final String NET = "netAmount";
    static final String TAX = "taxAmount";
    static final String DUE = "amountDue";
    static final String PREPAID = "prepaidAmount";

    private static final BigDecimal TOLERANCE = new BigDecimal("0.011");
    /** Weights are sums of decimals: thresholds sit just under the round value they stand for. */
    private static final double ACCEPT = 0.549;
    private static final double CLEAR_LEAD = 0.099;
    private static final double AGREED = 0.95;

    /** A value of one field with the weight of its best label (plus a little per repetition). */
    record Option(BigDecimal value, double weight, String currency) {}

    /** What was chosen for a field: value, confidence and the currency printed beside it (or null). */
    record Pick(BigDecimal value, double confidence, String currency) {}

    private AmountsTotals() {}

    static Map<String, Pick> resolve(List<Candidate> candidates) {
        Map<String, List<Option>> options = options(candidates);
        Map<String, Pick> picked = new LinkedHashMap<>();
        agreeing(options, picked);
        for (String field : List.of(NET, TAX, TOTAL, DUE, PREPAID)) {
            if (!picked.containsKey(field)) {
                List<Option> left = new ArrayList<>(options.getOrDefault(field, List.of()));
                if (field.equals(TOTAL) && picked.containsKey(NET) && picked.containsKey(TAX)
                        && picked.get(TAX).value().signum() != 0) {
                    left.removeIf(o -> o.value().compareTo(picked.get(NET).value()) == 0); // a total that is the net
                }
                leader(left).ifPresent(o -> picked.put(field, new Pick(o.value(), Math.min(o.weight(), 0.9), o.currency())));
            }
        }
        checkPrepaid(picked);
        dropImpossible(picked);
        picked.remove(PREPAID);
        return picked;
    }

    /** net + tax = total: the best-weighted combination, if it leads every other combination of values. */
    private static void agreeing(Map<String, List<Option>> options, Map<String, Pick> picked) {
        List<Option> nets = new ArrayList<>(options.getOrDefault(NET, List.of()));
        options.getOrDefault(TOTAL, List.of()).forEach(o -> nets.add(halved(o))); // "Total" printed for the net
        List<Option> totals = new ArrayList<>(options.getOrDefault(TOTAL, List.of()));
        options.getOrDefault(DUE, List.of()).forEach(o -> totals.add(halved(o)));
        Map<String, Option[]> bestByValues = new HashMap<>();
        Map<String, Double> scoreByValues = new HashMap<>();
        for (Option net : nets) {
            for (Option tax : options.getOrDefault(TAX, List.of())) {
                for (Option total : totals) {
                    if (!addsUp(net, tax, total)) {
                        continue;
                    }
                    String values = net.value().stripTrailingZeros() + "+" + tax.value().stripTrailingZeros();
                    double score = net.weight() + tax.weight() + total.weight();
                    if (score > scoreByValues.getOrDefault(values, 0.0)) {
                        scoreByValues.put(values, score);
                        bestByValues.put(values, new Option[] {net, tax, total});
                    }
                }
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scoreByValues.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || (ranked.size() > 1 && ranked.get(0).getValue() - ranked.get(1).getValue() <= CLEAR_LEAD)) {
            return;
        }
        Option[] chosen = bestByValues.get(ranked.get(0).getKey());
        picked.put(NET, new Pick(chosen[0].value(), AGREED, chosen[0].currency()));
        picked.put(TAX, new Pick(chosen[1].value(), AGREED, chosen[1].currency()));
        boolean printedAsTotal = options.getOrDefault(TOTAL, List.of()).stream()
                .anyMatch(o -> o.value().compareTo(chosen[2].value()) == 0);
        picked.put(TOTAL, new Pick(chosen[2].value(), printedAsTotal ? AGREED : 0.85, chosen[2].currency()));
    }

    private static boolean addsUp(Option net, Option tax, Option total) {
        return net.value().compareTo(total.value()) != 0 && total.value().signum() > 0
                && net.value().add(tax.value()).subtract(total.value()).abs().compareTo(TOLERANCE) <= 0;
    }

    /** The option that clearly leads (by {@link #CLEAR_LEAD}) and is weighty enough, if any. */
    private static Optional<Option> leader(List<Option> options) {
        Option best = null;
        Option second = null;
        for (Option o : options) {
            if (best == null || o.weight() > best.weight()) {
                second = best;
                best = o;
            } else if (second == null || o.weight() > second.weight()) {
                second = o;
            }
        }
        if (best == null || best.weight() < ACCEPT || (second != null && best.weight() - second.weight() < CLEAR_LEAD)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** total − prepaid = due confirms both; a due equal to the total confirms both too. */
    private static void checkPrepaid(Map<String, Pick> picked) {
        Pick total = picked.get(TOTAL);
        Pick due = picked.get(DUE);
        if (total == null || due == null) {
            return;
        }
        Pick prepaid = picked.get(PREPAID);
        BigDecimal paid = prepaid == null ? BigDecimal.ZERO : prepaid.value();
        if (total.value().subtract(paid).subtract(due.value()).abs().compareTo(TOLERANCE) <= 0) {
            picked.put(TOTAL, confirmed(total));
            picked.put(DUE, confirmed(due));
        }
    }

    /** A net above the total, or a tax above the net, means a label was misread: keep only what agrees. */
    private static void dropImpossible(Map<String, Pick> picked) {
        Pick net = picked.get(NET);
        Pick total = picked.get(TOTAL);
        Pick tax = picked.get(TAX);
        if (net != null && total != null && net.value().signum() > 0 && net.value().compareTo(total.value()) > 0) {
            picked.remove(net.confidence() < total.confidence() ? NET : TOTAL);
        }
        if (tax != null && total != null && tax.value().signum() > 0 && tax.value().compareTo(total.value()) >= 0) {
            picked.remove(TAX);
        }
    }

    private static Map<String, List<Option>> options(List<Candidate> candidates) {
        Map<String, Map<BigDecimal, Option>> byField = new HashMap<>();
        for (Candidate c : candidates) {
            if (!InvoiceFieldsReader.AMOUNT_FIELDS.contains(c.field())) {
                continue;
            }
            BigDecimal value = new BigDecimal(c.value());
            Map<BigDecimal, Option> values = byField.computeIfAbsent(c.field(), f -> new LinkedHashMap<>());
            Option seen = findEqual(values, value);
            if (seen == null) {
                values.put(value, new Option(value, c.weight(), c.currency()));
            } else {
                double weight = Math.max(seen.weight(), c.weight()) + 0.03; // repeated on every page: surer
                String currency = seen.currency() != null ? seen.currency() : c.currency();
                values.put(seen.value(), new Option(seen.value(), weight, currency));
            }
        }
        Map<String, List<Option>> options = new HashMap<>();
        byField.forEach((field, values) -> options.put(field, new ArrayList<>(values.values())));
        return options;
    }

    private static Option findEqual(Map<BigDecimal, Option> values, BigDecimal value) {
        for (Option o : values.values()) {
            if (o.value().compareTo(value) == 0) {
                return o;
            }
        }
        return null;
    }

    private static Option halved(Option o) {
        return new Option(o.value(), o.weight() / 2, o.currency());
    }

    private static Pick confirmed(Pick p) {
        return new Pick(p.value(), Math.max(p.confidence(), AGREED), p.currency());
    }
}
