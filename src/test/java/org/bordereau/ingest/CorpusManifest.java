package org.bordereau.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One set of the extraction corpus of issue 4 as the test sees it: {@code <set>/invoices/} holds the
 * files, {@code <set>/expected.json} the ground truth of each, {@code <set>/LICENCES.md} where each came
 * from. Two sets exist: {@link #DEVELOPMENT} ({@code corpus/}), which the extractor has been tuned on
 * since its first measurement, and {@link #HELD_OUT} ({@code corpus-heldout/}), assembled afterwards and
 * never used to write a rule: only its figures say how the extractor does on invoices it has not seen.
 */
final class CorpusManifest {

    /** Test-resource folder of the development set. */
    static final String DEVELOPMENT = "corpus";
    /** Test-resource folder of the held-out set. */
    static final String HELD_OUT = "corpus-heldout";

    /** The DESIGN.md §5 field keys the corpus is scored on. */
    static final List<String> FIELDS = List.of(
            "invoiceNumber", "issueDate", "dueDate", "totalAmount", "netAmount", "taxAmount", "amountDue",
            "currency", "sellerName", "sellerId", "buyerName", "buyerId");

    static final String XML = "xml";
    static final String FACTURX = "facturx";
    static final String PDF = "pdf";
    static final String SCAN = "scan";

    /** One corpus file and what a perfect extractor reads from it. */
    record Entry(String file, Path path, String origin, String category, String language, String country,
                 Map<String, String> fields, Map<String, List<String>> alsoAccept,
                 Map<String, List<String>> optional, String note) {

        /** The expected value and the other acceptable ones, or an empty list if the field is not shown. */
        List<String> accepted(String field) {
            String main = fields.get(field);
            if (main == null) {
                return List.of();
            }
            List<String> all = new ArrayList<>();
            all.add(main);
            all.addAll(alsoAccept.getOrDefault(field, List.of()));
            return all;
        }

        /**
         * Values of a field the document shows only doubtfully (a zero tax in a breakdown, an identifier
         * that is not a legal id): finding one is neither required nor rewarded; another value is spurious.
         */
        List<String> optional(String field) {
            return optional.getOrDefault(field, List.of());
        }
    }

    final String name;
    final Path root;
    final Path invoices;
    final List<Entry> entries;
    final List<Path> files;
    final String licences;

    private CorpusManifest(String name, Path root, List<Entry> entries, List<Path> files, String licences) {
        this.name = name;
        this.root = root;
        this.invoices = root.resolve("invoices");
        this.entries = entries;
        this.files = files;
        this.licences = licences;
    }

    private static Map<String, List<String>> lists(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            List<String> values = new ArrayList<>();
            f.getValue().forEach(v -> values.add(v.asText()));
            map.put(f.getKey(), List.copyOf(values));
        }
        return Map.copyOf(map);
    }

    static CorpusManifest load(String set) throws IOException {
        URL url = CorpusManifest.class.getResource("/" + set + "/expected.json");
        if (url == null) {
            throw new IllegalStateException(set + "/expected.json is not on the test class path");
        }
        Path root;
        try {
            root = Paths.get(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        JsonNode json = new ObjectMapper().readTree(root.resolve("expected.json").toFile());
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : json.path("invoices").properties()) {
            JsonNode n = e.getValue();
            Map<String, String> fields = new LinkedHashMap<>();
            n.path("fields").properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText()));
            entries.add(new Entry(e.getKey(), root.resolve("invoices").resolve(e.getKey()),
                    n.path("origin").asText(), n.path("category").asText(), n.path("language").asText(),
                    n.path("country").asText(), Map.copyOf(fields), lists(n.path("alsoAccept")),
                    lists(n.path("optional")), n.path("note").asText()));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("invoices"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        String licences = Files.readString(root.resolve("LICENCES.md"));
        return new CorpusManifest(set, root, List.copyOf(entries), files, licences);
    }
}
