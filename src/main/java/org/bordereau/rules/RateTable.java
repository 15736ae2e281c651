package org.bordereau.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dated rate history loaded from a CSV file ({@code rules/rates/*.csv}): one row per change, each
 * rate in force from its {@code effectiveFrom} (inclusive) until the next row.
 *
 * <p>Format: lines starting with {@code #} are comments; {@code # key: value} comments carry metadata
 * ({@code checkedThrough}: the last date for which the table is known to be complete;
 * {@code checkedThroughNote}; {@code label}). The first other line is the header and must name
 * {@code effectiveFrom,rate,source,confidence}; an optional {@code note} column may follow. Only the
 * last column may contain commas (no quoting). Dates ISO, rates in percent, confidence HIGH/MEDIUM/LOW.
 * Immutable once loaded.
 */
public final class RateTable {
    private static final List<String> REQUIRED = List.of("effectiveFrom", "rate", "source", "confidence");

    private final String name;
    private final String label;
    private final List<RateEntry> entries;
    private final LocalDate checkedThrough;
    private final String checkedThroughNote;

    private RateTable(String name, String label, List<RateEntry> entries, LocalDate checkedThrough, String note) {
        this.name = name;
        this.label = label;
        this.entries = List.copyOf(entries);
        this.checkedThrough = checkedThrough;
        this.checkedThroughNote = note;
    }

    /** Loads {@code rules/rates/{name}.csv} from the class path. */
    public static RateTable load(String name) {
        String path = "rules/rates/" + name + ".csv";
        try (InputStream in = RateTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rate table not found on the class path: " + path);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Parses a table; every problem is reported at once, with its line number. */
    public static RateTable parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        Map<String, Integer> columns = null;
        List<RateEntry> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                String key = colon > 0 ? line.substring(1, colon).strip() : "";
                if (key.matches("[A-Za-z]+")) {
                    meta.put(key, line.substring(colon + 1).strip());
                }
                continue;
            }
            if (columns == null) {
                columns = header(line, problems);
                continue;
            }
            row(line, i + 1, columns, problems).ifPresent(rows::add);
        }
        if (columns == null || rows.isEmpty()) {
            problems.add("no rows");
        }
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).effectiveFrom().isAfter(rows.get(i - 1).effectiveFrom())) {
                problems.add("effectiveFrom must increase: " + rows.get(i).effectiveFrom()
                        + " follows " + rows.get(i - 1).effectiveFrom());
            }
        }
        LocalDate checked = null;
        if (meta.containsKey("checkedThrough")) {
            try {
                checked = LocalDate.parse(meta.get("checkedThrough"));
            } catch (DateTimeParseException e) {
                problems.add("checkedThrough is not an ISO date: " + meta.get("checkedThrough"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rate table " + name + ": " + String.join("; ", problems));
        }
        return new RateTable(name, meta.getOrDefault("label", name), rows, checked,
                meta.getOrDefault("checkedThroughNote", ""));
    }

    private static Map<String, Integer> header(String line, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].strip(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add("header lacks column " + required);
            }
        }
        return columns;
    }

    private static Optional<RateEntry> row(String line, int number, Map<String, Integer> columns, List<String> problems) {
        String[] cells = line.split(",", columns.size());
        if (cells.length < REQUIRED.size() || !columns.keySet().containsAll(REQUIRED)) {
            problems.add("line " + number + ": expected " + columns.size() + " columns");
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(cell(cells, columns, "effectiveFrom"));
            BigDecimal rate = new BigDecimal(cell(cells, columns, "rate"));
            Confidence confidence = Confidence.valueOf(cell(cells, columns, "confidence").toUpperCase(Locale.ROOT));
            String source = cell(cells, columns, "source");
            if (source.isEmpty()) {
                problems.add("line " + number + ": every rate needs a source");
            }
            return Optional.of(new RateEntry(from, rate, source, confidence, cell(cells, columns, "note")));
        } catch (RuntimeException e) {
            problems.add("line " + number + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.length ? "" : cells[index].strip();
    }

    public String name() {
        return name;
    }

    /** Human name of the series, for statement lines ("ECB MRO"). */
    public String label() {
        return label;
    }

    public List<RateEntry> entries() {
        return entries;
    }

    public LocalDate firstDate() {
        return entries.get(0).effectiveFrom();
    }

    /** The last date for which the table is known to be complete; later dates reuse the last rate. */
    public Optional<LocalDate> checkedThrough() {
        return Optional.ofNullable(checkedThrough);
    }

    public String checkedThroughNote() {
        return checkedThroughNote;
    }

    /** The row in force on {@code date}: the last one whose effectiveFrom is on or before it. */
    public RateEntry entryOn(LocalDate date) {
        if (date.isBefore(firstDate())) {
            throw new IllegalArgumentException("no " + name + " rate before " + firstDate() + " (asked for " + date + ")");
        }
        int low = 0;
        int high = entries.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (entries.get(mid).effectiveFrom().isAfter(date)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return entries.get(low);
    }

    public BigDecimal rateOn(LocalDate date) {
        return entryOn(date).rate();
    }

    /** The rows that take effect between {@code from} and {@code to}, both inclusive, oldest first. */
    public List<RateEntry> changesBetween(LocalDate from, LocalDate to) {
        List<RateEntry> changes = new ArrayList<>();
        for (RateEntry entry : entries) {
            if (!entry.effectiveFrom().isBefore(from) && !entry.effectiveFrom().isAfter(to)) {
                changes.add(entry);
            }
        }
        return changes;
    }
}
